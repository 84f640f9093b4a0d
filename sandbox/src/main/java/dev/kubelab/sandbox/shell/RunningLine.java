package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.TraceLog;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.job.Foreground;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.syntax.Script;

import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A typed line from its start to its end: a command that keeps running holds the terminal and the rest of its
 * line waits for it (kubectl get -w, sleep, fg); vi or kubectl edit wait for the browser's editor. The background
 * jobs of every shell move on each call.
 */
final class RunningLine {
    private final SimClock clock;
    private final JobControl jobs;
    private final Foreground foreground;
    private final OpenEditor editor;
    private final AllJobs background;
    private final TraceLog traces;
    /** The host the learner is on now (exit from a container changes it while a line runs). */
    private final Supplier<Host> current;

    RunningLine(SimClock clock, JobControl jobs, OpenEditor editor, AllJobs background, TraceLog traces,
                Supplier<Host> current) {
        this.clock = clock;
        this.jobs = jobs;
        this.foreground = new Foreground(jobs);
        this.editor = editor;
        this.background = background;
        this.traces = traces;
        this.current = current;
    }

    /** A new line was typed: whatever held the terminal (from another tab of the lab) ends, the jobs move on. */
    void newLine(Streams io) {
        foreground.abandon(); // this shell has one foreground
        background.pump(io);
    }

    Outcome start(Host here, Script script, Streams io) {
        editor.close();
        traces.clear();
        jobs.spawn(); // the line's first command gets a pid of its own
        return ended(here.runner, here.runner.runLine(script, io), io);
    }

    /** How a line (or the part of it after a foreground job) ended: still running, in the editor, or done. */
    private Outcome ended(ScriptRunner line, int status, Streams io) {
        if (foreground.claim(line)) {
            return pump(io); // what the job has to say at once (events of the command's own reconcile)
        }
        current.get().env.setLastStatus(status); // after exit from a container, $? is kubectl's status on the node
        if (editor.isOpen()) {
            return editor.outcome();
        }
        current.get().jobs.notifyEnded(io);
        return new Outcome.Exit(status);
    }

    /**
     * The background jobs print what happened since, then the foreground job; when that has finished, the rest of
     * its line runs. Without a foreground job only the background jobs move.
     */
    Outcome pump(Streams io) {
        background.pump(io);
        if (!foreground.running()) {
            return new Outcome.Exit(current.get().env.lastStatus());
        }
        ScriptRunner line = foreground.line();
        OptionalInt finished = foreground.pump(clock.now(), io);
        if (finished.isEmpty()) {
            return new Outcome.Running();
        }
        return ended(line, finished.getAsInt(), io);
    }

    boolean running() {
        return foreground.running();
    }

    /** Ctrl-C, or Cancel in the editor: the foreground job's (or kubectl edit's) last words; $? as bash sets it. */
    int interrupt(Streams io) {
        Host here = current.get();
        if (foreground.running()) {
            int status = foreground.interrupt(io);
            here.env.setLastStatus(status);
            here.jobs.notifyEnded(io);
            return status;
        }
        if (editor.isOpen()) {
            here.env.setLastStatus(editor.cancel(io));
            return here.env.lastStatus();
        }
        here.env.setLastStatus(130);
        return 130;
    }
}
