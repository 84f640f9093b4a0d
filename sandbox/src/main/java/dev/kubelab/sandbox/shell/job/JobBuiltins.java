package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;

import java.util.ArrayList;
import java.util.List;

/** bash's job builtins over one shell's table: jobs, fg, bg, wait (and kill, in {@link KillBuiltin}). */
public final class JobBuiltins {
    private JobBuiltins() {
    }

    public static List<Builtin> all(JobTable table, JobControl control) {
        return List.of(
                SimpleBuiltins.of("jobs", (args, io) -> jobs(table, args, io)),
                SimpleBuiltins.of("fg", (args, io) -> fg(table, control, args, io)),
                SimpleBuiltins.of("bg", (args, io) -> bg(table, args, io)),
                SimpleBuiltins.of("wait", (args, io) -> waitFor(table, control, args, io)),
                new KillBuiltin(table));
    }

    private static int jobs(JobTable table, List<String> args, Streams io) {
        boolean pids = false;
        List<String> specs = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-l")) {
                pids = true;
            } else if (arg.equals("-p")) {
                table.jobs().forEach(j -> io.out().println(String.valueOf(j.pid())));
                return 0;
            } else if (arg.startsWith("-") && arg.length() > 1 && !arg.equals("-r") && !arg.equals("-s")) {
                io.err().println("-bash: jobs: " + arg.substring(0, 2) + ": invalid option");
                io.err().println("jobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]");
                return 2;
            } else if (!arg.startsWith("-")) {
                specs.add(arg);
            }
        }
        if (specs.isEmpty()) {
            table.list(io, pids);
            return 0;
        }
        int status = 0;
        for (String spec : specs) {
            BackgroundJob job = table.find(spec);
            if (job == null) {
                io.err().println("-bash: jobs: " + spec + ": no such job");
                status = 1;
            } else {
                io.out().println(table.line(job, pids));
            }
        }
        return status;
    }

    /** fg [%N]: prints the job's command and waits for it in the foreground. */
    private static int fg(JobTable table, JobControl control, List<String> args, Streams io) {
        if (table.inJob()) {
            io.err().println("-bash: fg: no job control");
            return 1;
        }
        String spec = args.isEmpty() ? "%+" : args.get(0);
        BackgroundJob job = table.find(spec);
        if (job == null) {
            io.err().println("-bash: fg: " + (args.isEmpty() ? "current" : spec) + ": no such job");
            return 1;
        }
        if (job.state() != BackgroundJob.State.RUNNING) {
            io.err().println("-bash: fg: job has terminated");
            return 1;
        }
        io.out().println(job.command());
        if (!control.mayStart()) {
            return 0; // in a pipe or $(…) the engine cannot wait: the job goes on in the background
        }
        table.remove(job);
        control.start(new ResumedJob(table, job));
        return 0;
    }

    private static int bg(JobTable table, List<String> args, Streams io) {
        if (table.inJob()) {
            io.err().println("-bash: bg: no job control");
            return 1;
        }
        String spec = args.isEmpty() ? "%+" : args.get(0);
        BackgroundJob job = table.find(spec);
        if (job == null) {
            io.err().println("-bash: bg: " + (args.isEmpty() ? "current" : spec) + ": no such job");
            return 1;
        }
        if (job.state() != BackgroundJob.State.RUNNING) {
            io.err().println("-bash: bg: job has terminated");
            return 1;
        }
        io.err().println("-bash: bg: job " + job.number() + " already in background");
        return 0;
    }

    /** wait [%N|pid…]: until those jobs (or all) have ended; the status is the last one's. */
    private static int waitFor(JobTable table, JobControl control, List<String> args, Streams io) {
        if (table.inJob()) {
            return 0; // a subshell has no children of its own to wait for
        }
        List<BackgroundJob> jobs = new ArrayList<>();
        int status = 0;
        for (String spec : args) {
            BackgroundJob job = table.find(spec);
            if (job == null) {
                io.err().println(spec.startsWith("%") ? "-bash: wait: " + spec + ": no such job"
                        : spec.chars().allMatch(Character::isDigit) ? "-bash: wait: pid " + spec
                        + " is not a child of this shell" : "-bash: wait: `" + spec + "': not a pid or valid job spec");
                status = 127;
            } else {
                jobs.add(job);
            }
        }
        if (args.isEmpty()) {
            jobs.addAll(table.jobs());
        }
        Waiting waiting = new Waiting(jobs, !args.isEmpty());
        if (waiting.pump(null, io).isPresent() || !control.mayStart()) {
            return jobs.isEmpty() ? status : waiting.pump(null, io).orElse(status);
        }
        control.start(waiting);
        return 0;
    }
}
