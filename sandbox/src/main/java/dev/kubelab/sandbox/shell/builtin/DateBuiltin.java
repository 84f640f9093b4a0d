package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** date: the simulated clock in GNU's default format (the nodes run in UTC). */
public final class DateBuiltin implements Builtin {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private final SimClock clock;

    /** An instant as `date` prints it, e.g. "Fri Nov 27 05:01:02 UTC 2026" (the writer pattern's lines too). */
    public static String format(java.time.Instant instant) {
        return FORMAT.format(instant);
    }

    public DateBuiltin(SimClock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "date";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (!args.isEmpty() && !args.get(0).equals("-u")) {
            io.err().println("date: invalid date ‘" + args.get(0) + "’");
            return 1;
        }
        io.out().println(FORMAT.format(clock.now()));
        return 0;
    }
}
