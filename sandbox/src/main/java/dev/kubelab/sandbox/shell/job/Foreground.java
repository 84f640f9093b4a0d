package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * The terminal's foreground: at most one command that goes on running after the shell read its line (kubectl
 * get -w, a sleep, `fg`, `wait`), and the runner whose line waits for it.
 */
public final class Foreground {
    private final JobControl control;
    private ForegroundJob job;
    private ScriptRunner waitingLine;

    public Foreground(JobControl control) {
        this.control = control;
    }

    /** After a line ran (or went on): the command it stopped at, if any, now holds the terminal. */
    public boolean claim(ScriptRunner line) {
        job = control.take();
        control.takeRedirected();
        waitingLine = line;
        return job != null;
    }

    /** The runner whose line waits for the job. */
    public ScriptRunner line() {
        return waitingLine;
    }

    public boolean running() {
        return job != null;
    }

    /** What the job printed up to now; once it has ended, the rest of its line runs and its status is returned. */
    public OptionalInt pump(Instant now, Streams io) {
        OptionalInt finished = job.pump(now, io);
        if (finished.isEmpty()) {
            return finished;
        }
        job = null;
        return OptionalInt.of(waitingLine.resumeLine(finished.getAsInt(), io));
    }

    /** Ctrl-C: the job's last words and its status; the rest of its line does not run. */
    public int interrupt(Streams io) {
        int status = job.interrupt(io);
        job = null;
        waitingLine.abandonLine();
        return status;
    }

    /** The job ends without a word (another command line took the terminal). */
    public void abandon() {
        if (job != null) {
            interrupt(Streams.both(text -> { }));
        }
    }
}
