package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.text.BusyboxApplet;
import dev.kubelab.sandbox.shell.text.Userland;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * GNU sleep's arguments and messages (NUMBER[smhd], summed). Typed at the top of a line it waits on the lab's
 * clock, in the foreground (Ctrl-C: 130); inside a loop, a pipe or $(…) it returns at once, since the engine runs
 * those to their end in one go and cannot make the clock pass.
 */
public final class SleepBuiltin implements Builtin {
    private final JobControl jobs;
    private final Userland userland;

    public SleepBuiltin(JobControl jobs, Userland userland) {
        this.jobs = jobs;
        this.userland = userland;
    }

    private static final String TRY = "Try 'sleep --help' for more information.";
    private static final String INTERVAL = "\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?[smhd]?|(?i:\\+?inf(inity)?)[smhd]?";

    @Override
    public String name() {
        return "sleep";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (userland != Userland.GNU) {
            return busybox(args, io);
        }
        List<String> intervals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                intervals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                return usage(io, "sleep: unrecognized option '" + arg + "'");
            }
            if (arg.startsWith("-") && arg.length() > 1) {
                return usage(io, "sleep: invalid option -- '" + arg.charAt(1) + "'");
            }
            intervals.add(arg);
        }
        if (intervals.isEmpty()) {
            return usage(io, "sleep: missing operand");
        }
        boolean valid = true;
        for (String interval : intervals) {
            if (!interval.matches(INTERVAL)) {
                io.err().println("sleep: invalid time interval ‘" + interval + "’");
                valid = false;
            }
        }
        if (!valid) {
            io.err().println(TRY);
            return 1;
        }
        return sleep(intervals);
    }

    /** BusyBox's sleep takes no options: no argument shows its usage, a bad one is libbb's "invalid number". */
    private int busybox(List<String> args, Streams io) {
        if (args.isEmpty()) {
            return BusyboxApplet.showUsage("sleep", io);
        }
        for (String interval : args) {
            if (!interval.matches(INTERVAL)) {
                io.err().println("sleep: invalid number '" + interval + "'");
                return 1;
            }
        }
        return sleep(args);
    }

    private int sleep(List<String> intervals) {
        double seconds = intervals.stream().mapToDouble(SleepBuiltin::seconds).sum();
        if (seconds > 0 && jobs.mayStart()) {
            jobs.start(new Sleeping(seconds));
        }
        return 0;
    }

    private static double seconds(String interval) {
        String number = interval.replaceFirst("[smhd]$", "").replaceFirst("^\\+", "");
        double value = number.toLowerCase(java.util.Locale.ROOT).startsWith("inf") ? Double.POSITIVE_INFINITY
                : Double.parseDouble(number);
        switch (interval.charAt(interval.length() - 1)) {
            case 'm':
                return value * 60;
            case 'h':
                return value * 3600;
            case 'd':
                return value * 86400;
            default:
                return value;
        }
    }

    /** A sleep in the foreground: ends once the clock has moved on by its time from the first look. */
    private static final class Sleeping implements ForegroundJob {
        private final double seconds;
        private Instant until;

        Sleeping(double seconds) {
            this.seconds = seconds;
        }

        @Override
        public OptionalInt pump(Instant now, Streams io) {
            if (until == null) {
                until = seconds >= 1e12 ? Instant.MAX : now.plusNanos((long) (seconds * 1e9));
            }
            return now.isBefore(until) ? OptionalInt.empty() : OptionalInt.of(0);
        }
    }

    private static int usage(Streams io, String message) {
        io.err().println(message);
        io.err().println(TRY);
        return 1;
    }
}
