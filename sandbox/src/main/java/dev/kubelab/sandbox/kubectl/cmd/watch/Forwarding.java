package dev.kubelab.sandbox.kubectl.cmd.watch;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;

import java.time.Instant;
import java.util.OptionalInt;

/** A running kubectl port-forward: quiet until Ctrl-C, which it catches and ends with 0. */
public final class Forwarding implements ForegroundJob {
    @Override
    public OptionalInt pump(Instant now, Streams io) {
        return OptionalInt.empty();
    }

    @Override
    public int interrupt(Streams io) {
        return 0;
    }
}
