package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * The waiting part of kubectl wait: looks at each object not yet there as the clock moves, says "condition met"
 * for it when it is, and ends with 0 once all are — or with kubectl's timeout error when --timeout runs out.
 */
final class ConditionWait implements ForegroundJob {
    private final ObjectStore store;
    /** Whether an object (its current state; null once it is gone) has reached the condition. */
    private final Predicate<KubeObject> met;
    private final List<KubeObject> pending;
    /** When --timeout runs out; null for never (a negative timeout: kubectl waits a week). */
    private final Instant deadline;

    ConditionWait(ObjectStore store, Predicate<KubeObject> met, List<KubeObject> pending, Instant deadline) {
        this.store = store;
        this.met = met;
        this.pending = new ArrayList<>(pending);
        this.deadline = deadline;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        pending.removeIf(o -> {
            KubeObject current = store.get(o.getClass(), o.metadata().namespace(), o.metadata().name())
                    .filter(c -> c.metadata().uid().equals(o.metadata().uid())).orElse(null);
            if (!met.test(current)) {
                return false;
            }
            io.out().println(ResultPrinter.nameOf(o) + " condition met");
            return true;
        });
        if (pending.isEmpty()) {
            return OptionalInt.of(0);
        }
        if (deadline != null && !now.isBefore(deadline)) {
            KubeObject first = pending.get(0);
            io.err().println("error: timed out waiting for the condition on " + first.kind().qualifiedPlural() + "/"
                    + first.metadata().name());
            return OptionalInt.of(1);
        }
        return OptionalInt.empty();
    }
}
