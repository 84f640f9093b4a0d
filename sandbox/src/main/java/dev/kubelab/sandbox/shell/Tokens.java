package dev.kubelab.sandbox.shell;

import java.util.List;

/** What the tokenizer made of the text typed so far. */
public sealed interface Tokens {
    /** A complete command line, split into words with quotes and escapes removed. */
    record Words(List<String> words) implements Tokens {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** The line needs more: an open quote, or a trailing backslash (line continuation). */
    record Unfinished(boolean trailingBackslash) implements Tokens {}
}
