package dev.kubelab.sandbox.shell.net.nc;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a probe prints as the lab clock passes: stderr lines due some ms after it started (a connect that
 * times out speaks only when it gives up), then its exit status. Ctrl-C kills it (130) mid-wait.
 */
final class TimedReport implements ForegroundJob {
    private record Line(long atMillis, String text) {}

    private final List<Line> lines = new ArrayList<>();
    private long endMillis;
    private int status;
    private Instant start;
    private int printed;

    /** Adds a line this many ms after the previous one (the time its connect took). */
    void after(long millis, String text) {
        endMillis += millis;
        if (text != null) {
            lines.add(new Line(endMillis, text));
        }
    }

    void status(int exitStatus) {
        status = exitStatus;
    }

    boolean immediate() {
        return endMillis == 0;
    }

    /** Everything at once (no terminal to wait on, or nothing to wait for). */
    int printAll(Streams io) {
        lines.forEach(l -> io.err().println(l.text()));
        return status;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        if (start == null) {
            start = now;
        }
        long elapsed = Duration.between(start, now).toMillis();
        while (printed < lines.size() && lines.get(printed).atMillis() <= elapsed) {
            io.err().println(lines.get(printed++).text());
        }
        return elapsed >= endMillis ? OptionalInt.of(status) : OptionalInt.empty();
    }
}
