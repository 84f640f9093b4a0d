package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.store.WatchEvent;

import java.time.Instant;
import java.util.List;

/**
 * How kubectl get -w prints what it sees: one printer for the whole watch, so it remembers what it printed before
 * (the header, the column widths, the YAML document count).
 */
public interface WatchPrinter {
    /** One object as the watch saw it: its event type (ADDED for the first listing) and its state then. */
    record Seen(WatchEvent.Type type, KubeObject object) {}

    /** The text for these objects, printed as of {@code now} (AGE columns). */
    String print(List<Seen> objects, Instant now);
}
