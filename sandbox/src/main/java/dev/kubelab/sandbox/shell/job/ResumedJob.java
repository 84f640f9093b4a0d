package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;

import java.time.Instant;
import java.util.OptionalInt;

/** `fg`: a background job in the terminal's foreground; Ctrl-C now reaches it, and its end is fg's status. */
final class ResumedJob implements ForegroundJob {
    private final JobTable table;
    private final BackgroundJob job;

    ResumedJob(JobTable table, BackgroundJob job) {
        this.table = table;
        this.job = job;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        table.pump(job, now, io);
        return job.state() == BackgroundJob.State.RUNNING ? OptionalInt.empty() : OptionalInt.of(job.status());
    }

    @Override
    public int interrupt(Streams io) {
        return job.interrupt(io);
    }
}
