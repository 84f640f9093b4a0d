package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.kubectl.print.PrintOptions;
import dev.kubelab.sandbox.kubectl.print.TablePrinter;
import dev.kubelab.sandbox.kubectl.print.TableWriter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The table printer of a watch (cli-runtime HumanReadablePrinter on one tabwriter with RememberWidths): the
 * header comes once, before the first row; later rows keep the columns' widths, growing them for a wider cell.
 * With --output-watch-events an EVENT column comes first.
 */
public final class TableWatchPrinter implements WatchPrinter {
    private final Kind kind;
    private final PrintOptions options;
    private final boolean eventColumn;
    private final int[] widths;
    private boolean printedHeaders;

    public TableWatchPrinter(Kind kind, PrintOptions options, boolean eventColumn) {
        this.kind = kind;
        this.options = options;
        this.eventColumn = eventColumn;
        this.widths = new int[TablePrinter.header(kind, options).size() + 1];
    }

    @Override
    public String print(List<Seen> objects, Instant now) {
        if (objects.isEmpty()) {
            return "";
        }
        TableWriter table = new TableWriter();
        if (!options.noHeaders() && !printedHeaders) {
            table.row(withEvent("EVENT", TablePrinter.header(kind, options)));
        }
        for (Seen seen : objects) {
            table.row(withEvent(seen.type().name(), TablePrinter.row(kind, seen.object(), options, now)));
        }
        printedHeaders = true;
        return table.render(widths);
    }

    private List<String> withEvent(String event, List<String> cells) {
        if (!eventColumn) {
            return cells;
        }
        List<String> out = new ArrayList<>(cells.size() + 1);
        out.add(event);
        out.addAll(cells);
        return out;
    }
}
