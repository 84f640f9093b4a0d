package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * printEvent: LAST SEEN TYPE REASON OBJECT MESSAGE; -o wide inserts SUBOBJECT and SOURCE before MESSAGE and
 * appends FIRST SEEN COUNT NAME.
 */
public final class EventColumns implements ColumnSet<Event> {

    @Override
    public List<String> headers(boolean wide) {
        return wide ? List.of("LAST SEEN", "TYPE", "REASON", "OBJECT", "SUBOBJECT", "SOURCE", "MESSAGE",
                "FIRST SEEN", "COUNT", "NAME") : List.of("LAST SEEN", "TYPE", "REASON", "OBJECT", "MESSAGE");
    }

    @Override
    public List<String> row(Event e, Instant now, boolean wide) {
        String first = ColumnSet.age(e.firstTimestamp(), now);
        String last = e.lastTimestamp() == null ? first : ColumnSet.age(e.lastTimestamp(), now);
        String message = e.message() == null ? "" : e.message().strip();
        List<String> r = new ArrayList<>(List.of(last, e.type(), e.reason(), target(e)));
        if (wide) {
            r.add(e.fieldPath() == null ? "" : e.fieldPath());
            r.add(source(e));
            r.add(message);
            r.addAll(List.of(first, Integer.toString(Math.max(1, e.count())), e.metadata().name()));
        } else {
            r.add(message);
        }
        return r;
    }

    /** OBJECT: "pod/nginx-…" (lower-case kind), or just the kind when the name is empty. */
    static String target(Event e) {
        String kind = e.involvedObject().kind().toLowerCase(Locale.ROOT);
        String name = e.involvedObject().name();
        return name == null || name.isEmpty() ? kind : kind + "/" + name;
    }

    /** formatEventSource: "component, host" (falling back to reportingController/Instance), or "". */
    static String source(Event e) {
        String component = firstNonEmpty(e.sourceComponent(), e.reportingComponent());
        String host = firstNonEmpty(e.sourceHost(), e.reportingInstance());
        if (component.isEmpty()) {
            return "";
        }
        return host.isEmpty() ? component : component + ", " + host;
    }

    private static String firstNonEmpty(String a, String b) {
        return a != null && !a.isEmpty() ? a : b == null ? "" : b;
    }
}
