package dev.kubelab.sandbox.net;

import dev.kubelab.sandbox.net.dataplane.Connection;

import java.util.ArrayList;
import java.util.List;

/**
 * The connections programs opened during the latest command, each with the hops its packets took: what
 * `trace CMD` prints and what the platform sends to the browser so the cluster panel can draw the path.
 * Bounded: a command that opens many connections keeps only the first few.
 */
public final class TraceLog {
    private static final int MAX = 20;

    /** One connection: what the program asked for (e.g. "curl http://web") and what happened. */
    public record Entry(String request, Connection connection) {}

    private final List<Entry> entries = new ArrayList<>();

    public void clear() {
        entries.clear();
    }

    public void record(String request, Connection connection) {
        if (entries.size() < MAX) {
            entries.add(new Entry(request, connection));
        }
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
