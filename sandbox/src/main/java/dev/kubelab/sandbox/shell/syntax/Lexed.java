package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** The lexer's verdict on the text typed so far. */
public sealed interface Lexed {
    record Tokens(List<Token> tokens) implements Lexed {
        public Tokens {
            tokens = List.copyOf(tokens);
        }
    }

    /** More input is needed: an open quote, $( or heredoc, or a trailing backslash. */
    record Incomplete(boolean trailingBackslash) implements Lexed {}
}
