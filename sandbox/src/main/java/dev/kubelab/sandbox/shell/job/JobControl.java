package dev.kubelab.sandbox.shell.job;

/**
 * The terminal's foreground: at most one command that goes on running after the shell read its line. Only a
 * command typed at the top of the line with its output on the terminal may become one (the shell grants it just
 * before running it); in a pipe, $(…), a loop or with a redirect the same command does what it can at once and
 * ends, because the engine runs everything else to its end in one go.
 */
public final class JobControl {
    private boolean permitted;
    private ForegroundJob job;

    /** True when the command now running may keep running in the foreground ({@link #start}). */
    public boolean mayStart() {
        return permitted && job == null;
    }

    /** The command now running keeps running as {@code foreground}; its line waits for it. */
    public void start(ForegroundJob foreground) {
        if (!mayStart()) {
            throw new IllegalStateException("no foreground job may start here");
        }
        job = foreground;
        permitted = false;
    }

    /** The shell says whether the command it is about to run may stay in the foreground; returns the old answer. */
    public boolean permit(boolean allowed) {
        boolean before = permitted;
        permitted = allowed;
        return before;
    }

    /** The running job, or null. */
    public ForegroundJob running() {
        return job;
    }

    /** The job finished, was interrupted or abandoned. */
    public void clear() {
        job = null;
    }
}
