package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.store.ObjectStore;
import dev.kubelab.sandbox.store.WatchEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The waiting part of kubectl rollout status (rollout_status.go): one progress line for every change of the
 * Deployment or StatefulSet — repeated lines included, as kubectl prints them — until the rollout is done (0), the Deployment is
 * deleted or exceeds its progress deadline, or --timeout runs out (1).
 */
public final class RolloutWatch implements ForegroundJob {
    private final List<WatchEvent> pending = new ArrayList<>();
    private final Runnable unsubscribe;
    /** When --timeout runs out; null for none (--timeout=0, the default). */
    private final Instant deadline;

    public RolloutWatch(ObjectStore store, KubeObject watched, Instant deadline) {
        this.deadline = deadline;
        String namespace = watched.metadata().namespace();
        String name = watched.metadata().name();
        this.unsubscribe = store.subscribe(event -> {
            if (event.object().kind() == watched.kind() && event.object().metadata().name().equals(name)
                    && event.object().metadata().namespace().equals(namespace)) {
                pending.add(event);
            }
        });
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        for (WatchEvent event : pending) {
            if (event.type() == WatchEvent.Type.DELETED) {
                return end(io, "error: object has been deleted");
            }
            RolloutProgress progress = RolloutProgress.of(event.object());
            if (progress.failed()) {
                return end(io, "error: " + progress.line());
            }
            io.out().println(progress.line());
            if (progress.done()) {
                unsubscribe.run();
                return OptionalInt.of(0);
            }
        }
        pending.clear();
        if (deadline != null && !now.isBefore(deadline)) {
            return end(io, "error: timed out waiting for the condition");
        }
        return OptionalInt.empty();
    }

    /** kubectl's interrupt handler stops the watch and exits with 1. */
    @Override
    public int interrupt(Streams io) {
        unsubscribe.run();
        return 1;
    }

    private OptionalInt end(Streams io, String error) {
        unsubscribe.run();
        io.err().println(error);
        return OptionalInt.of(1);
    }
}
