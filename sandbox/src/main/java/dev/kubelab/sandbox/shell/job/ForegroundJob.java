package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * A command that keeps running after its line was read — kubectl get -w, logs -f, rollout status, port-forward,
 * watch, sleep — until it is done or the learner presses Ctrl-C. It has no thread: the shell asks it, each time
 * the simulated clock has moved, to print what happened since.
 */
public interface ForegroundJob {
    /**
     * Prints what happened up to {@code now}; returns the command's exit status once it has finished, or empty
     * while it goes on.
     */
    OptionalInt pump(Instant now, Streams io);

    /**
     * Ctrl-C: the command's last words, if it has any, and the status it ends with: 130 when SIGINT kills it (sleep,
     * kubectl logs -f), its own when it catches the signal (kubectl get -w exits 1, as kubectl's interrupt handler
     * does). Either way the rest of its line does not run.
     */
    default int interrupt(Streams io) {
        return 130;
    }
}
