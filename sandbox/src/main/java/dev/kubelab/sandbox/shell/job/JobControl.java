package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;

/**
 * Where a command may go on running after its line was read. Only a command the shell runs at the top of a line
 * (or of a background job, `cmd &`) may start one — the shell grants it just before running it; in a pipe, $(…),
 * a loop or with a redirect in the foreground the same command does what it can at once and ends, because the
 * engine runs everything else to its end in one go. The shell then claims what was started ({@link #take}): the
 * terminal's foreground job, or the process of a background job. Also hands out process ids.
 */
public final class JobControl {
    /** The first pid a command gets: above the login shell's ($$ is 1207). */
    private static final int FIRST_PID = 2104;

    private boolean permitted;
    private ForegroundJob started;
    private Streams redirected;
    private int lastPid = FIRST_PID - 1;
    private final LiveTerminal terminal = new LiveTerminal();

    /** True when the command now running may keep running ({@link #start}). */
    public boolean mayStart() {
        return permitted && started == null;
    }

    /** The command now running keeps running as {@code job}; its line waits for it. */
    public void start(ForegroundJob job) {
        if (!mayStart()) {
            throw new IllegalStateException("no job may start here");
        }
        started = job;
        permitted = false;
    }

    /** The shell says whether the command it is about to run may keep running; returns the old answer. */
    public boolean permit(boolean allowed) {
        boolean before = permitted;
        permitted = allowed;
        return before;
    }

    /** The job the last command started and nobody has claimed yet, or null. */
    public ForegroundJob started() {
        return started;
    }

    /** Wraps the job the last command started, if any (kubectl exec reports how the program in the pod ended). */
    public void wrapStarted(java.util.function.UnaryOperator<ForegroundJob> wrap) {
        if (started != null) {
            started = wrap.apply(started);
        }
    }

    /** Claims the started job (null if none): the shell now runs it in the foreground or a background job. */
    public ForegroundJob take() {
        ForegroundJob job = started;
        started = null;
        return job;
    }

    /** The streams a started command's redirections left it with (`cmd > log &`), or null for the terminal. */
    public Streams takeRedirected() {
        Streams streams = redirected;
        redirected = null;
        return streams;
    }

    /** The command that started a job did so with its output redirected to these streams. */
    public void redirected(Streams streams) {
        if (started != null) {
            redirected = streams;
        }
    }

    /** The terminal for jobs that keep running: the output of whatever the shell is handling now. */
    public Streams terminal() {
        return terminal.streams();
    }

    /** The shell handles a line, a tick or Ctrl-C that writes to io: running jobs write there too. */
    public void attach(Streams io) {
        terminal.attach(io);
    }

    /** The shell is done with that call: what jobs write now waits for the next one. */
    public void detach() {
        terminal.detach();
    }

    /** A new process id (a background job's, the next command's). */
    public int spawn() {
        return ++lastPid;
    }

    /** The pid handed out last: the process now running (kubectl's log lines name it). */
    public int pid() {
        return lastPid;
    }
}
