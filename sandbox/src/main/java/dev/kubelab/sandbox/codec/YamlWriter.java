package dev.kubelab.sandbox.codec;

/** Text output that knows its column, as libyaml's emitter tracks it for line folding. */
final class YamlWriter {
    static final int BEST_WIDTH = 80;

    private final StringBuilder out = new StringBuilder();
    private int column;

    YamlWriter write(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
        return this;
    }

    YamlWriter write(char c) {
        out.append(c);
        if (c == '\n') {
            column = 0;
        } else if (!Character.isLowSurrogate(c)) {
            column++;
        }
        return this;
    }

    /** libyaml's write_indent: a line break (unless at the start of a line) then {@code indent} spaces. */
    YamlWriter newLine(int indent) {
        if (column != 0) {
            write('\n');
        }
        for (int i = 0; i < indent; i++) {
            write(' ');
        }
        return this;
    }

    int column() {
        return column;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
