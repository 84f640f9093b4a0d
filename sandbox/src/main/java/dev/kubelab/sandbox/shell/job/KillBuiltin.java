package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * bash's kill builtin for the shell's jobs: `kill %1`, `kill -9 2104`, `kill -s INT %+`. The job ends at once;
 * bash reports it ("[1]+  Terminated …") before a later prompt.
 */
final class KillBuiltin implements Builtin {
    private static final String USAGE =
            "kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]";
    /** Signal number → what strsignal() calls it (bash's status column). */
    private static final Map<Integer, String> DESCRIPTIONS = Map.of(1, "Hangup", 2, "Interrupt", 3, "Quit",
            9, "Killed", 10, "User defined signal 1", 12, "User defined signal 2", 15, "Terminated");
    private static final Map<String, Integer> NAMES = Map.of("HUP", 1, "INT", 2, "QUIT", 3, "KILL", 9,
            "USR1", 10, "USR2", 12, "TERM", 15);

    private final JobTable table;

    KillBuiltin(JobTable table) {
        this.table = table;
    }

    @Override
    public String name() {
        return "kill";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int signal = 15;
        int at = 0;
        if (at < args.size() && (args.get(at).equals("-s") || args.get(at).equals("-n"))) {
            if (at + 1 >= args.size()) {
                io.err().println("-bash: kill: " + args.get(at) + ": option requires an argument");
                io.err().println(USAGE);
                return 2;
            }
            signal = signal(args.get(at + 1));
            if (signal < 0) {
                io.err().println("-bash: kill: " + args.get(at + 1) + ": invalid signal specification");
                return 1;
            }
            at += 2;
        } else if (at < args.size() && args.get(at).startsWith("-") && args.get(at).length() > 1
                && !args.get(at).equals("--")) {
            signal = signal(args.get(at).substring(1));
            if (signal < 0) {
                io.err().println("-bash: kill: " + args.get(at).substring(1) + ": invalid signal specification");
                return 1;
            }
            at++;
        } else if (at < args.size() && args.get(at).equals("--")) {
            at++;
        }
        if (at >= args.size()) {
            io.err().println(USAGE);
            return 2;
        }
        int status = 0;
        for (String target : args.subList(at, args.size())) {
            status = Math.max(status, kill(target, signal, io));
        }
        return status;
    }

    private int kill(String target, int signal, Streams io) {
        if (!target.startsWith("%") && !target.matches("-?[0-9]+")) {
            io.err().println("-bash: kill: " + target + ": arguments must be process or job IDs");
            return 1;
        }
        if (target.equals("1207")) {
            return 0; // an interactive bash ignores SIGTERM (and this is the only shell the lab has)
        }
        BackgroundJob job = table.find(target);
        if (job == null || job.state() != BackgroundJob.State.RUNNING) {
            io.err().println(target.startsWith("%") && job == null ? "-bash: kill: " + target + ": no such job"
                    : "-bash: kill: (" + (job == null ? target : job.pid()) + ") - No such process");
            return 1;
        }
        if (signal != 0) {
            job.signal(DESCRIPTIONS.getOrDefault(signal, "Signal " + signal), signal);
        }
        return 0;
    }

    /** A signal's number from 15, TERM, SIGTERM or sigterm; -1 when bash does not know it. */
    private static int signal(String spec) {
        if (spec.matches("[0-9]+")) {
            int n = Integer.parseInt(spec.length() > 3 ? "999" : spec);
            return n <= 64 ? n : -1;
        }
        String name = spec.toUpperCase(Locale.ROOT);
        name = name.startsWith("SIG") ? name.substring(3) : name;
        return NAMES.getOrDefault(name, -1);
    }
}
