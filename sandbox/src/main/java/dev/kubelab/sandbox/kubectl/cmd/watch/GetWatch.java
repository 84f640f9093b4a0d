package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The running part of kubectl get -w (get.go watch): every change of a watched object — added, modified, deleted —
 * is printed once more, in its state at that change, until Ctrl-C. A watch never ends by itself.
 */
public final class GetWatch implements ForegroundJob {
    /** Changes kept between two pumps; a storm beyond this is not printed (the terminal could not keep up either). */
    private static final int MAX_PENDING = 2_000;

    private final WatchPrinter printer;
    private final List<WatchPrinter.Seen> pending = new ArrayList<>();
    private final Runnable unsubscribe;

    /** Watches the store's changes as {@code watched} delivers them, printing them with {@code printer}. */
    public GetWatch(ObjectStore store, SelectedEvents watched, WatchPrinter printer) {
        this.printer = printer;
        this.unsubscribe = store.subscribe(event -> {
            if (pending.size() < MAX_PENDING) {
                watched.see(event).ifPresent(pending::add);
            }
        });
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        if (!pending.isEmpty()) {
            io.out().print(printer.print(List.copyOf(pending), now));
            pending.clear();
        }
        return OptionalInt.empty();
    }

    /** kubectl's interrupt handler (pkg/util/interrupt) stops the watch and exits with 1. */
    @Override
    public int interrupt(Streams io) {
        unsubscribe.run();
        return 1;
    }
}
