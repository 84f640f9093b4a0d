package dev.kubelab.sandbox.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way bash does for simple commands: blanks separate words,
 * '…' is literal, "…" keeps all but \$ \` \" \\ escapes, a backslash outside quotes escapes the next
 * character, backslash-newline disappears, # at the start of a word starts a comment.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    public static Tokens tokenize(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                int nl = text.indexOf('\n', i);
                i = nl < 0 ? text.length() : nl;
            } else if (c == '\\') {
                if (i + 1 == text.length()) {
                    return new Tokens.Unfinished(true);
                }
                if (text.charAt(i + 1) != '\n') {
                    word.append(text.charAt(i + 1));
                    inWord = true;
                }
                i += 2;
            } else if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close < 0) {
                    return new Tokens.Unfinished(false);
                }
                word.append(text, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                int end = doubleQuoted(text, i + 1, word);
                if (end < 0) {
                    return new Tokens.Unfinished(end == -2);
                }
                inWord = true;
                i = end + 1;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return new Tokens.Words(words);
    }

    /** Appends the inside of "…" from {@code from}; returns the closing quote's index, -1 open, -2 open after \. */
    private static int doubleQuoted(String text, int from, StringBuilder word) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                if (i + 1 == text.length()) {
                    return -2;
                }
                char next = text.charAt(i + 1);
                if (next == '\n') {
                    i += 2;
                    continue;
                }
                if (next == '$' || next == '`' || next == '"' || next == '\\') {
                    word.append(next);
                    i += 2;
                    continue;
                }
            }
            word.append(c);
            i++;
        }
        return -1;
    }
}
