package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.exec.LineState;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * One job of bash's job table (`cmd &`): its number, pid and command text, the commands still to run, and the
 * process now running (a kubectl port-forward, a sleep…) with where its output goes. It advances only when the
 * shell pumps it, on the same ticks as the foreground.
 */
public final class BackgroundJob {
    /** What bash shows in the status column, and how it ended. */
    public enum State { RUNNING, DONE, SIGNALLED }

    private final int number;
    private final int pid;
    private final String command;
    private final LineState line;
    private ForegroundJob process;
    /** Where the process writes: its redirections, or null for the terminal. */
    private Streams processIo;
    private State state = State.RUNNING;
    private int status;
    private String signal;
    /** Its end has been seen by the shell (bash reaped it) and may be reported before a prompt. */
    private boolean reportable;

    BackgroundJob(int number, int pid, String command, LineState line) {
        this.number = number;
        this.pid = pid;
        this.command = command;
        this.line = line;
    }

    public int number() {
        return number;
    }

    public int pid() {
        return pid;
    }

    public String command() {
        return command;
    }

    public State state() {
        return state;
    }

    /** The exit status ($? of `wait %N`, `fg`): 128 + the signal's number when a signal ended it. */
    public int status() {
        return status;
    }

    /** Runs the job's commands from where they stopped until one keeps running or they end. */
    void advance(Instant now, ScriptRunner runner, JobControl control, int lastStatus, Streams terminal) {
        int s = lastStatus;
        while (state == State.RUNNING) {
            s = runner.resume(line, s, terminal);
            ForegroundJob started = control.take();
            Streams redirected = control.takeRedirected();
            if (started != null) {
                process = started;
                processIo = redirected;
                OptionalInt ended = started.pump(now, processIo != null ? processIo : control.terminal()); // first look
                if (ended.isEmpty()) {
                    return;
                }
                process = null;
                s = ended.getAsInt();
                continue;
            }
            if (line.done()) {
                state = State.DONE;
                status = s;
            }
        }
    }

    /** Lets the running process print what happened up to now; when it ends the job's next command runs. */
    void pump(Instant now, ScriptRunner runner, JobControl control, Streams terminal) {
        if (process == null) {
            return;
        }
        OptionalInt ended = process.pump(now, processIo != null ? processIo : control.terminal());
        if (ended.isPresent()) {
            process = null;
            advance(now, runner, control, ended.getAsInt(), terminal);
        }
    }

    /**
     * A signal ends the job: its process stops without a word (its resources, a port-forward's listener, are
     * released) and the rest of its commands does not run.
     */
    void signal(String description, int number) {
        if (state != State.RUNNING) {
            return;
        }
        if (process != null) {
            process.interrupt(Streams.both(text -> { }));
            process = null;
        }
        line.abandon();
        state = State.SIGNALLED;
        signal = description;
        status = 128 + number;
    }

    /** Ctrl-C while it is in the foreground (fg): the process's last words and status; the rest does not run. */
    int interrupt(Streams io) {
        int code = process == null ? 130 : process.interrupt(processIo != null ? processIo : io);
        process = null;
        line.abandon();
        state = State.DONE;
        status = code;
        return code;
    }

    boolean reportable() {
        return reportable;
    }

    /** The shell has noticed how it ended: the next prompt reports it. */
    void markSeen() {
        reportable = state != State.RUNNING;
    }

    /** The status column: Running, Done, Exit 1, Terminated… */
    String statusText() {
        switch (state) {
            case RUNNING:
                return "Running";
            case SIGNALLED:
                return signal;
            default:
                return status == 0 ? "Done" : "Exit " + status;
        }
    }
}
