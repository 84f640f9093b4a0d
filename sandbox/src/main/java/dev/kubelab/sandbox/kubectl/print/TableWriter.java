package dev.kubelab.sandbox.kubectl.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Go text/tabwriter as kubectl configures it (minwidth 6, padding 3, pad with spaces): every cell but
 * a row's last is padded to its column's width = max(6, widest cell + 3); the last cell is not padded.
 */
public final class TableWriter {
    static final int MIN_WIDTH = 6;
    static final int PADDING = 3;

    private final List<List<String>> rows = new ArrayList<>();
    private final int minWidth;

    public TableWriter() {
        this(MIN_WIDTH);
    }

    /** A tabwriter with another minimum cell width (crictl's is 20). */
    public TableWriter(int minWidth) {
        this.minWidth = minWidth;
    }

    public TableWriter row(List<String> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line ending in "\n". */
    public String render() {
        return render(new int[0]);
    }

    /**
     * The table laid out at least as wide as {@code remembered}, which then holds the widths used: what the
     * tabwriter kubectl keeps for a watch does (RememberWidths), so later lines line up with earlier ones
     * unless a wider cell comes.
     */
    public String render(int[] remembered) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = java.util.Arrays.copyOf(remembered, Math.max(columns, remembered.length));
        for (List<String> row : rows) {
            for (int c = 0; c < row.size() - 1; c++) {
                widths[c] = Math.max(widths[c], Math.max(minWidth, width(row.get(c)) + PADDING));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                sb.append(cell);
                if (c < row.size() - 1) {
                    sb.append(" ".repeat(widths[c] - width(cell)));
                }
            }
            sb.append('\n');
        }
        System.arraycopy(widths, 0, remembered, 0, Math.min(remembered.length, widths.length));
        return sb.toString();
    }

    /** Go's tabwriter counts runes, not UTF-16 units. */
    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }
}
