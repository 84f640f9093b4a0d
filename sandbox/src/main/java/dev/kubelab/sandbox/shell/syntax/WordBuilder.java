package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;

/** Collects the parts of the word being lexed, merging neighbouring literals. */
final class WordBuilder {
    private final List<Part> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private boolean literalQuoted;
    private boolean started;

    void literal(String text, boolean quoted) {
        if (literal.length() > 0 && literalQuoted != quoted) {
            flush();
        }
        literal.append(text);
        literalQuoted = quoted;
        started = true;
    }

    /** "" is a word even though it adds no characters. */
    void markQuoted() {
        if (!started) {
            literal("", true);
        }
        started = true;
    }

    void add(Part part) {
        flush();
        parts.add(part);
        started = true;
    }

    boolean isEmpty() {
        return !started;
    }

    /** The text so far when it is a single unquoted literal, else null. */
    String plainText() {
        return parts.isEmpty() && !literalQuoted && started ? literal.toString() : null;
    }

    Word build() {
        flush();
        if (parts.isEmpty()) {
            parts.add(new Part.Literal("", literalQuoted));
        }
        return new Word(parts);
    }

    void clear() {
        parts.clear();
        literal.setLength(0);
        literalQuoted = false;
        started = false;
    }

    private void flush() {
        if (literal.length() > 0 || (started && literalQuoted && parts.isEmpty())) {
            parts.add(new Part.Literal(literal.toString(), literalQuoted));
        }
        literal.setLength(0);
    }
}
