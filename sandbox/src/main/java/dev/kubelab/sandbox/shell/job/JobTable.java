package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.syntax.Script;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One shell's jobs (bash's jobs.c): `cmd &` starts one ("[1] 2104"), the newest is the current job (+), the one
 * before it the previous (-); a job that ended is reported once before a prompt ("[1]+  Done …") or by `jobs`,
 * then forgotten. Jobs belong to the shell that started them: ssh to another node starts another table.
 */
public final class JobTable {
    /** bash pads the status column to its longest signal description. */
    private static final int STATUS_WIDTH = 24;

    private final JobControl control;
    private final Environment env;
    private final Supplier<ScriptRunner> runner;
    private final SimClock clock;
    /** Oldest first: the last is the current job, the one before it the previous. */
    private final List<BackgroundJob> jobs = new ArrayList<>();
    private boolean inJob;

    public JobTable(JobControl control, Environment env, Supplier<ScriptRunner> runner, SimClock clock) {
        this.clock = clock;
        this.control = control;
        this.env = env;
        this.runner = runner;
    }

    /** `… &`: prints "[N] pid", runs the job's commands up to the first that keeps running; $! is its pid. */
    public int launch(Script.AndOr list, Streams io) {
        int number = jobs.stream().mapToInt(BackgroundJob::number).max().orElse(0) + 1;
        BackgroundJob job = new BackgroundJob(number, control.spawn(), list.text(), runner.get().background(list));
        jobs.add(job);
        env.setLastBackgroundPid(job.pid());
        io.err().println("[" + number + "] " + job.pid());
        withOwnStatus(() -> job.advance(clock.now(), runner.get(), control, env.lastStatus(), io));
        return 0;
    }

    /** Lets every running job catch up with the clock, printing what it prints. */
    public void pump(Instant now, Streams terminal) {
        for (BackgroundJob job : List.copyOf(jobs)) {
            withOwnStatus(() -> job.pump(now, runner.get(), control, terminal));
        }
    }

    /** The shell notices which jobs have ended (bash reaps them): the next prompt reports those. */
    public void seeEnded() {
        jobs.forEach(BackgroundJob::markSeen);
    }

    /** The shell exits (logout): its jobs get SIGHUP and are forgotten. */
    public void hangUp() {
        jobs.forEach(j -> j.signal("Hangup", 1));
        jobs.clear();
    }

    /** Pumps one job (a job brought to the foreground, no longer in the table). */
    void pump(BackgroundJob job, Instant now, Streams terminal) {
        withOwnStatus(() -> job.pump(now, runner.get(), control, terminal));
    }

    /** Before a prompt: "[1]+  Done                    sleep 3" for each job whose end was seen; forgets them. */
    public void notifyEnded(Streams io) {
        for (BackgroundJob job : List.copyOf(jobs)) {
            if (job.reportable()) {
                io.out().println(line(job, false));
                jobs.remove(job);
            }
        }
    }

    /** The `jobs` table: every job, ended ones for the last time. */
    public void list(Streams io, boolean pids) {
        for (BackgroundJob job : List.copyOf(jobs)) {
            io.out().println(line(job, pids));
            if (job.state() != BackgroundJob.State.RUNNING) {
                jobs.remove(job);
            }
        }
    }

    public boolean anyRunning() {
        return jobs.stream().anyMatch(j -> j.state() == BackgroundJob.State.RUNNING);
    }

    /** The jobs, oldest first (for `wait`, `kill`, tests). */
    public List<BackgroundJob> jobs() {
        return List.copyOf(jobs);
    }

    /** A job taken into the foreground (fg) leaves the table. */
    void remove(BackgroundJob job) {
        jobs.remove(job);
    }

    /** The job a jobspec (%1, %%, %+, %-, %name, %?text) or a pid names; null when none (or ambiguous). */
    public BackgroundJob find(String spec) {
        if (!spec.startsWith("%")) {
            return jobs.stream().filter(j -> String.valueOf(j.pid()).equals(spec)).findFirst().orElse(null);
        }
        String s = spec.substring(1);
        if (s.isEmpty() || s.equals("%") || s.equals("+")) {
            return current(0);
        }
        if (s.equals("-")) {
            return jobs.size() < 2 ? current(0) : current(1);
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return jobs.stream().filter(j -> String.valueOf(j.number()).equals(s)).findFirst().orElse(null);
        }
        List<BackgroundJob> matching = jobs.stream().filter(j -> s.startsWith("?")
                ? j.command().contains(s.substring(1)) : j.command().startsWith(s)).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    /** The current job (0) or the previous one (1), or null. */
    BackgroundJob current(int back) {
        int at = jobs.size() - 1 - back;
        return at < 0 ? null : jobs.get(at);
    }

    /** "[1]+  Running                 kubectl port-forward svc/web 8080:80 &" (bash's print_pipeline). */
    String line(BackgroundJob job, boolean pid) {
        char mark = job == current(0) ? '+' : job == current(1) ? '-' : ' ';
        String status = job.statusText();
        return "[" + job.number() + "]" + mark + " " + (pid ? String.format("%5d", job.pid()) : "") + " " + status
                + " ".repeat(Math.max(0, STATUS_WIDTH - status.length())) + job.command()
                + (job.state() == BackgroundJob.State.RUNNING ? " &" : "");
    }

    /** True while a background job's commands run: a subshell, where fg and wait have no jobs to act on. */
    boolean inJob() {
        return inJob;
    }

    /** A background job's commands set their own $?, not the shell's. */
    private void withOwnStatus(Runnable run) {
        int saved = env.lastStatus();
        boolean outer = inJob;
        inJob = true;
        try {
            run.run();
        } finally {
            inJob = outer;
            env.setLastStatus(saved);
        }
    }
}
