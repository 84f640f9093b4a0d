package dev.kubelab.sandbox.shell.syntax;

/** The parser's verdict. */
public sealed interface Parsed {
    record Complete(Script script) implements Parsed {}

    /** Ends with | && || or an open quote/heredoc: show the continuation prompt. */
    record Incomplete(boolean trailingBackslash) implements Parsed {}

    /** What bash prints: {@code bash: syntax error near unexpected token `|'} (exit 2). */
    record SyntaxError(String token) implements Parsed {
        public String message() {
            return "-bash: syntax error near unexpected token `" + token + "'";
        }
    }
}
