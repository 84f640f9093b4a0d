package dev.kubelab.sandbox.shell.files;

import java.util.List;

/**
 * How ls lays names out on a terminal, sorted down each column. GNU coreutils tries every column count and keeps
 * the most whose line stays under the width, each column as wide as its longest name plus 2 (the last one without
 * the 2), and pads with tabs where a run of blanks reaches a tab stop (every 8 columns; ls's default TABSIZE).
 * BusyBox makes every column as wide as the longest name of all plus 2, fits them into width - 1 and pads with
 * spaces.
 */
final class LsColumns {
    static final int WIDTH = 80;
    private static final int TAB = 8;

    private LsColumns() {
    }

    static String gnu(List<String> names) {
        // at most width / 3 columns: a name of 1 and 2 spaces
        for (int cols = Math.min(names.size(), WIDTH / 3); cols > 1; cols--) {
            int rows = (names.size() + cols - 1) / cols;
            int[] widths = new int[cols];
            int line = 0;
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows && c * rows + r < names.size(); r++) {
                    widths[c] = Math.max(widths[c], names.get(c * rows + r).length() + (c < cols - 1 ? 2 : 0));
                }
                line += widths[c];
            }
            if (line < WIDTH) {
                return layout(names, rows, widths, true);
            }
        }
        return layout(names, names.size(), new int[] {0}, true);
    }

    static String busybox(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
        int cols = Math.max(1, (WIDTH - 1) / width);
        int rows = (names.size() + cols - 1) / cols;
        int[] widths = new int[cols];
        java.util.Arrays.fill(widths, width);
        return layout(names, rows, widths, false);
    }

    /** Rows of names, column c holding names c*rows…; each name but a row's last padded to its column's width. */
    private static String layout(List<String> names, int rows, int[] widths, boolean tabs) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            int pos = 0;
            for (int c = 0; c < widths.length && c * rows + r < names.size(); c++) {
                String name = names.get(c * rows + r);
                out.append(name);
                if ((c + 1) * rows + r < names.size()) {
                    indent(out, pos + name.length(), pos + widths[c], tabs ? TAB : 0);
                }
                pos += widths[c];
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** GNU ls's indent(): from one column to another, a tab whenever that reaches the next tab stop. */
    private static void indent(StringBuilder out, int from, int to, int tab) {
        while (from < to) {
            if (tab != 0 && to / tab > (from + 1) / tab) {
                out.append('\t');
                from += tab - from % tab;
            } else {
                out.append(' ');
                from++;
            }
        }
    }
}
