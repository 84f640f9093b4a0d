package dev.kubelab.sandbox.shell.syntax;

/** The parser's verdict. */
public sealed interface Parsed {
    /** ash's and dash's complaint at a for without a NAME (their token is the message itself). */
    String BAD_FOR_VARIABLE = "bad for loop variable";
    /** ash's complaint at ${NAME[…]}: it has no arrays. */
    String BAD_SUBSTITUTION = "bad substitution";

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
