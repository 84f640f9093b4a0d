package dev.kubelab.sandbox.kubectl.cmd.events;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.kubectl.cmd.watch.WatchPrinter;
import dev.kubelab.sandbox.kubectl.print.TableWriter;
import dev.kubelab.sandbox.store.WatchEvent;

import java.time.Instant;
import java.util.List;

/**
 * The events table on one tabwriter with remembered widths: the header once (unless --no-headers), then rows; as
 * a watch printer it skips deletions ("events are deleted after 1 hour; don't print that").
 */
final class EventsTable implements WatchPrinter {
    private final boolean noHeaders;
    private final boolean allNamespaces;
    private final int[] widths;
    private boolean printedHeaders;

    EventsTable(boolean noHeaders, boolean allNamespaces) {
        this.noHeaders = noHeaders;
        this.allNamespaces = allNamespaces;
        this.widths = new int[EventRows.header(allNamespaces).size()];
    }

    String rows(List<Event> events, Instant now) {
        if (events.isEmpty()) {
            return "";
        }
        TableWriter table = new TableWriter();
        if (!noHeaders && !printedHeaders) {
            table.row(EventRows.header(allNamespaces));
        }
        events.forEach(e -> table.row(EventRows.row(e, now, allNamespaces)));
        printedHeaders = true;
        return table.render(widths);
    }

    @Override
    public String print(List<Seen> seen, Instant now) {
        return rows(seen.stream().filter(s -> s.type() != WatchEvent.Type.DELETED)
                .map(s -> (Event) s.object()).toList(), now);
    }
}
