package dev.kubelab.sandbox.shell.builtin;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * How bash's read splits a line over its names (read.def): IFS whitespace around the line is dropped, a field
 * ends at an IFS character (blanks around a non-blank separator such as ':' belong to it), and the last name
 * takes the rest of the line — or just its one field when a lone separator ends it. Characters escaped with a
 * backslash never separate.
 */
final class ReadFields {
    private static final String BLANKS = " \t\n";

    private final String line;
    private final BitSet escaped;
    private final String ifs;
    private int at;

    private ReadFields(String line, BitSet escaped, String ifs) {
        this.line = line;
        this.escaped = escaped;
        this.ifs = ifs;
    }

    /** The values for {@code names} names (at least one); names without a field get "". */
    static List<String> split(String line, BitSet escaped, String ifs, int names) {
        return new ReadFields(line, escaped, ifs).split(names);
    }

    /** Every field of the line, for read -a. */
    static List<String> all(String line, BitSet escaped, String ifs) {
        ReadFields fields = new ReadFields(line, escaped, ifs);
        List<String> out = new ArrayList<>();
        fields.skipBlanks();
        while (fields.at < line.length()) {
            out.add(fields.word());
            fields.skipSeparator();
        }
        return out;
    }

    private List<String> split(int names) {
        List<String> values = new ArrayList<>();
        skipBlanks();
        for (int n = 1; n < names; n++) {
            values.add(word());
            skipSeparator();
        }
        values.add(rest());
        return values;
    }

    private String rest() {
        int start = at;
        if (start >= line.length()) {
            return "";
        }
        String word = word();
        skipSeparator();
        if (at >= line.length()) {
            return word; // "a b:" with IFS=":" gives the last name "b", not "b:"
        }
        int end = line.length();
        while (end > start && isSeparator(end - 1) && BLANKS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(start, end);
    }

    private String word() {
        int start = at;
        while (at < line.length() && !isSeparator(at)) {
            at++;
        }
        return line.substring(start, at);
    }

    /** Blanks, at most one other separator, blanks again. */
    private void skipSeparator() {
        skipBlanks();
        if (at < line.length() && isSeparator(at) && BLANKS.indexOf(line.charAt(at)) < 0) {
            at++;
            skipBlanks();
        }
    }

    private void skipBlanks() {
        while (at < line.length() && isSeparator(at) && BLANKS.indexOf(line.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean isSeparator(int i) {
        return !escaped.get(i) && ifs.indexOf(line.charAt(i)) >= 0;
    }
}
