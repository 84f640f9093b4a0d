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

    /** Ctrl-C: the command's last words, if it has any (most have none); it then ends with status 130. */
    default void interrupt(Streams io) {
    }
}
