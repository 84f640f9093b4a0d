package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.shell.job.JobControl;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.BiConsumer;

/**
 * procps watch: runs a command every 2 s (-n SECS) on the alternate screen, each time clearing it and showing the
 * title line — "Every 2.0s: CMD", and on the right "HOST: DATE" for an 80-column terminal — then the command's
 * output (stderr too). Ctrl-C leaves the alternate screen, so the terminal shows what it showed before; status 0.
 */
public final class WatchBuiltin implements Builtin {
    private static final int WIDTH = 80;
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String CLEAR = "\u001b[H\u001b[2J";
    private static final String USAGE = "\nUsage:\n watch [options] command\n\nOptions:\n"
            + "  -b, --beep             beep if command has a non-zero exit\n"
            + "  -c, --color            interpret ANSI color and style sequences\n"
            + "  -d, --differences      highlight changes between updates\n"
            + "  -e, --errexit          exit if command has a non-zero exit\n"
            + "  -n, --interval <secs>  seconds to wait between updates\n"
            + "  -t, --no-title         turn off header\n"
            + "  -x, --exec             pass command to exec instead of \"sh -c\"\n\n"
            + " -h, --help     display this help and exit\n";

    private final JobControl jobs;
    private final SimClock clock;
    private final String host;
    /** Runs a command line (as sh -c would) with these streams. */
    private final BiConsumer<String, Streams> shell;

    public WatchBuiltin(JobControl jobs, SimClock clock, String host, BiConsumer<String, Streams> shell) {
        this.jobs = jobs;
        this.clock = clock;
        this.host = host;
        this.shell = shell;
    }

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public int run(List<String> args, Streams io) {
        double interval = 2;
        boolean title = true;
        int at = 0;
        for (; at < args.size() && args.get(at).startsWith("-") && args.get(at).length() > 1; at++) {
            String a = args.get(at);
            if (a.equals("-h") || a.equals("--help")) {
                io.out().print(USAGE);
                return 0;
            } else if (a.equals("-t") || a.equals("--no-title")) {
                title = false;
            } else if (a.equals("-n") || a.equals("--interval") || a.startsWith("-n") || a.startsWith("--interval=")) {
                String value = a.startsWith("--interval=") ? a.substring(11) : a.length() > 2 && !a.startsWith("--")
                        ? a.substring(2) : at + 1 < args.size() ? args.get(++at) : "";
                try {
                    interval = Math.min(Math.max(Double.parseDouble(value), 0.1), 4294.0);
                } catch (NumberFormatException e) {
                    io.err().println("watch: failed to parse argument: '" + value + "'");
                    return 1;
                }
            } else if (!a.matches("-[bcdex]+|--(beep|color|differences|errexit|exec)")) {
                io.err().print("watch: invalid option -- '" + a.replaceFirst("^-+", "") + "'\n" + USAGE);
                return 1;
            }
        }
        if (at >= args.size()) {
            io.err().print(USAGE);
            return 1;
        }
        String command = String.join(" ", args.subList(at, args.size()));
        Screen screen = new Screen(command, interval, title);
        if (!jobs.mayStart()) {
            io.out().print(screen.paint(clock.now()));
            return 0;
        }
        jobs.start(screen); // first: the command it runs must not take the foreground itself
        io.out().print("\u001b[?1049h" + CLEAR + screen.paint(clock.now()));
        return 0;
    }

    /** The running watch: repaints once the interval has passed since the last paint. */
    private final class Screen implements ForegroundJob {
        private final String command;
        private final double interval;
        private final boolean title;
        private Instant next;

        Screen(String command, double interval, boolean title) {
            this.command = command;
            this.interval = interval;
            this.title = title;
        }

        String paint(Instant now) {
            next = now.plusNanos((long) (interval * 1e9));
            StringSink output = new StringSink();
            shell.accept(command, new Streams(output, output));
            return (title ? header(now) + "\n\n" : "") + output.text();
        }

        private String header(Instant now) {
            String left = String.format(Locale.ROOT, "Every %.1fs: %s", interval, command);
            String right = host + ": " + DATE.format(now);
            int room = WIDTH - right.length() - 1;
            if (left.length() > room) {
                left = left.substring(0, Math.max(0, room - 4)) + "... ";
            }
            return left + " ".repeat(Math.max(1, WIDTH - left.length() - right.length())) + right;
        }

        @Override
        public OptionalInt pump(Instant now, Streams io) {
            if (!now.isBefore(next)) {
                io.out().print(CLEAR + paint(now));
            }
            return OptionalInt.empty();
        }

        @Override
        public int interrupt(Streams io) {
            io.out().print("\u001b[?1049l");
            return 0;
        }
    }
}
