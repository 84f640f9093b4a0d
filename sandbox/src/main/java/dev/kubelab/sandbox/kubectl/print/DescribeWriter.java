package dev.kubelab.sandbox.kubectl.print;

import java.util.ArrayList;
import java.util.List;

/**
 * What kubectl describe writes through: its PrefixWriter (two spaces per level) over Go's text/tabwriter
 * with minwidth 0, padding 2, padchar ' ' (describe.go tabbedString). A cell ends at '\t'; consecutive lines
 * that have a cell in a column form a block aligned to its widest cell + 2; the last cell of a line is not
 * padded; {@link #flush()} ends all blocks, as Flush does.
 */
public final class DescribeWriter {
    private static final int PADDING = 2;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder pending = new StringBuilder();
    private List<List<String>> lines;
    private final List<Integer> widths = new ArrayList<>();

    /** Writes {@code text} indented by {@code level} × two spaces (PrefixWriter.Write). */
    public DescribeWriter write(int level, String text) {
        pending.append("  ".repeat(level)).append(text);
        return this;
    }

    /** Writes one line at level 0 ("Key:\tvalue\n" style). */
    public DescribeWriter line(String text) {
        return write(0, text + "\n");
    }

    /** Formats everything written so far. */
    public void flush() {
        if (pending.length() == 0) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(List.of(line.split("\t", -1)));
        }
        boolean endsWithNewline = text.endsWith("\n");
        if (endsWithNewline) {
            lines.remove(lines.size() - 1);
        }
        format(0, lines.size());
        if (!endsWithNewline) {
            out.setLength(out.length() - 1);
        }
    }

    /** The formatted text. */
    public String text() {
        flush();
        return out.toString();
    }

    /** Go tabwriter's format(): find the blocks of this column, fix their width, recurse to the next column. */
    private void format(int line0, int line1) {
        int column = widths.size();
        for (int row = line0; row < line1; row++) {
            if (column >= lines.get(row).size() - 1) {
                continue;
            }
            writeLines(line0, row);
            line0 = row;
            int width = 0;
            for (; row < line1; row++) {
                List<String> line = lines.get(row);
                if (column >= line.size() - 1) {
                    break;
                }
                width = Math.max(width, runes(line.get(column)) + PADDING);
            }
            widths.add(width);
            format(line0, row);
            widths.remove(widths.size() - 1);
            line0 = row;
        }
        writeLines(line0, line1);
    }

    private void writeLines(int line0, int line1) {
        for (int i = line0; i < line1; i++) {
            List<String> cells = lines.get(i);
            for (int j = 0; j < cells.size(); j++) {
                String cell = cells.get(j);
                out.append(cell);
                if (j < widths.size()) {
                    out.append(" ".repeat(widths.get(j) - runes(cell)));
                }
            }
            out.append('\n');
        }
    }

    private static int runes(String s) {
        return s.codePointCount(0, s.length());
    }
}
