package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * `wait [%N…]`: the terminal waits until the jobs have ended (the shell pumps them first on every tick); its
 * status is the last job's. Ctrl-C ends the wait (130), not the jobs.
 */
final class Waiting implements ForegroundJob {
    private final List<BackgroundJob> jobs;
    private final boolean statusOfLast;

    Waiting(List<BackgroundJob> jobs, boolean statusOfLast) {
        this.jobs = List.copyOf(jobs);
        this.statusOfLast = statusOfLast;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        if (jobs.stream().anyMatch(j -> j.state() == BackgroundJob.State.RUNNING)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(statusOfLast && !jobs.isEmpty() ? jobs.get(jobs.size() - 1).status() : 0);
    }
}
