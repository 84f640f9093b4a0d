package dev.kubelab.sandbox.shell.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's lines for diff, and the two ways of printing changes between two of them. A last line without its
 * newline compares unequal to the same text with one and is followed by "\ No newline at end of file".
 */
record DiffLines(List<String> lines, boolean lastHasNewline) {
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";
    private static final int CONTEXT = 3;

    static DiffLines of(String text) {
        return new DiffLines(Inputs.lines(text), text.isEmpty() || text.endsWith("\n"));
    }

    /** What diff compares: the lines, the last one marked when it has no newline. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(lines);
        if (!lastHasNewline && !keys.isEmpty()) {
            keys.set(keys.size() - 1, keys.get(keys.size() - 1) + "\u0000");
        }
        return keys;
    }

    private String line(String prefix, int index) {
        return prefix + lines.get(index) + "\n" + (index == lines.size() - 1 && !lastHasNewline ? NO_NEWLINE : "");
    }

    /** GNU's default format: "3,4c3", "< old", "---", "> new"; "5d4" and "7a8,9" for pure deletes and adds. */
    static String normal(DiffLines a, DiffLines b, List<DiffScript.Change> changes) {
        StringBuilder out = new StringBuilder();
        for (DiffScript.Change c : changes) {
            boolean deletes = c.aTo() > c.aFrom();
            boolean adds = c.bTo() > c.bFrom();
            out.append(deletes ? range(c.aFrom(), c.aTo()) : String.valueOf(c.aFrom()))
                    .append(deletes && adds ? 'c' : deletes ? 'd' : 'a')
                    .append(adds ? range(c.bFrom(), c.bTo()) : String.valueOf(c.bFrom())).append('\n');
            for (int i = c.aFrom(); i < c.aTo(); i++) {
                out.append(a.line("< ", i));
            }
            if (deletes && adds) {
                out.append("---\n");
            }
            for (int j = c.bFrom(); j < c.bTo(); j++) {
                out.append(b.line("> ", j));
            }
        }
        return out.toString();
    }

    /** Unified hunks with 3 lines of context; changes closer than 2 × 3 lines share a hunk. */
    static String unified(DiffLines a, DiffLines b, List<DiffScript.Change> changes) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < changes.size()) {
            int last = k;
            while (last + 1 < changes.size() && changes.get(last + 1).aFrom() - changes.get(last).aTo() <= 2 * CONTEXT) {
                last++;
            }
            int aStart = Math.max(0, changes.get(k).aFrom() - CONTEXT);
            int bStart = Math.max(0, changes.get(k).bFrom() - CONTEXT);
            int aEnd = Math.min(a.lines.size(), changes.get(last).aTo() + CONTEXT);
            int bEnd = Math.min(b.lines.size(), changes.get(last).bTo() + CONTEXT);
            out.append("@@ -").append(span(aStart, aEnd)).append(" +").append(span(bStart, bEnd)).append(" @@\n");
            int i = aStart;
            for (int c = k; c <= last; c++) {
                DiffScript.Change change = changes.get(c);
                for (; i < change.aFrom(); i++) {
                    out.append(a.line(" ", i));
                }
                for (int d = change.aFrom(); d < change.aTo(); d++) {
                    out.append(a.line("-", d));
                }
                for (int j = change.bFrom(); j < change.bTo(); j++) {
                    out.append(b.line("+", j));
                }
                i = change.aTo();
            }
            for (; i < aEnd; i++) {
                out.append(a.line(" ", i));
            }
            k = last + 1;
        }
        return out.toString();
    }

    /** "3" for one line, "3,5" for lines 3 to 5 (1-based, inclusive). */
    private static String range(int from, int to) {
        return to - from == 1 ? String.valueOf(from + 1) : (from + 1) + "," + to;
    }

    /** A unified hunk's side: "start,count", ",count" left out when 1, "N,0" (the line before) when empty. */
    private static String span(int from, int to) {
        int count = to - from;
        return count == 0 ? from + ",0" : count == 1 ? String.valueOf(from + 1) : (from + 1) + "," + count;
    }
}
