package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** The lexer's verdict on the text typed so far. */
public sealed interface Lexed {
    /** spans: each token's [start, end) offsets in the text. */
    record Tokens(List<Token> tokens, List<int[]> spans) implements Lexed {
        public Tokens {
            tokens = List.copyOf(tokens);
            spans = List.copyOf(spans);
        }
    }

    /** More input is needed: an open quote, $( or heredoc, or a trailing backslash. */
    record Incomplete(boolean trailingBackslash) implements Lexed {}
}
