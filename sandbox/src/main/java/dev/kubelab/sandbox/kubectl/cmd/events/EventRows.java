package dev.kubelab.sandbox.kubectl.cmd.events;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.kubectl.print.HumanDuration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * kubectl events' EventPrinter (pkg/cmd/events/event_printer.go): LAST SEEN TYPE REASON OBJECT MESSAGE, NAMESPACE
 * first with -A; OBJECT keeps the kind's capitals ("Pod/web-1"), LAST SEEN says "(xN over …)" for repeats.
 */
final class EventRows {
    private EventRows() {
    }

    static List<String> header(boolean allNamespaces) {
        List<String> cells = new ArrayList<>();
        if (allNamespaces) {
            cells.add("NAMESPACE");
        }
        cells.addAll(List.of("LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE"));
        return cells;
    }

    static List<String> row(Event e, Instant now, boolean allNamespaces) {
        List<String> cells = new ArrayList<>();
        if (allNamespaces) {
            cells.add(e.metadata().namespace());
        }
        cells.add(interval(e, now));
        cells.add(e.type());
        cells.add(e.reason());
        cells.add(e.involvedObject().kind() + "/" + e.involvedObject().name());
        cells.add(e.message() == null ? "" : e.message().strip());
        return cells;
    }

    /** getInterval: the first time, or "last (xN over first)" for an event seen several times. */
    private static String interval(Event e, Instant now) {
        String first = since(e.firstTimestamp(), now);
        return e.count() > 1 ? since(e.lastTimestamp(), now) + " (x" + e.count() + " over " + first + ")" : first;
    }

    private static String since(Instant t, Instant now) {
        return t == null ? "<unknown>" : HumanDuration.format(Duration.between(t, now));
    }

    /** eventTime: what the listing is sorted by (the last time seen, else the first). */
    static Instant sortTime(Event e) {
        Instant t = e.lastTimestamp() != null ? e.lastTimestamp() : e.firstTimestamp();
        return t == null ? Instant.EPOCH : t;
    }
}
