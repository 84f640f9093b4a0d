package dev.kubelab.sandbox.shell.net.ping;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A ping on the lab clock: one request a second, each answer printed as it comes, until -c answers came (or
 * -c requests went unanswered and -W seconds passed), the -w deadline, or Ctrl-C — then the statistics.
 */
final class PingRun implements ForegroundJob {
    private static final long NEVER = Long.MAX_VALUE;

    private final PingFormat format;
    private final Echo echo;
    private final PingOptions o;
    private final boolean answered;
    private final List<Integer> rtts = new ArrayList<>();
    private Instant start;
    private int sent;
    private int errors;

    PingRun(PingFormat format, Echo echo, PingOptions o) {
        this.format = format;
        this.echo = echo;
        this.o = o;
        this.answered = echo.kind() == Echo.Kind.REPLY
                || (echo.kind() == Echo.Kind.PORT_UNREACHABLE && format.countsErrors());
    }

    /** Without a terminal to wait on (a pipe, a loop): the whole run at once; an endless one stops after one. */
    int runAtOnce(Streams io) {
        long end = endMillis();
        sendUntil(end == NEVER ? 0 : end, io);
        io.out().print(format.statistics(sent, rtts, errors, elapsedMillis(), false));
        return status();
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        if (start == null) {
            start = now;
        }
        long elapsed = Duration.between(start, now).toMillis();
        sendUntil(Math.min(elapsed, endMillis()), io);
        if (elapsed < endMillis()) {
            return OptionalInt.empty();
        }
        io.out().print(format.statistics(sent, rtts, errors, elapsedMillis(), false));
        return OptionalInt.of(status());
    }

    @Override
    public int interrupt(Streams io) {
        io.out().print(format.statistics(sent, rtts, errors, elapsedMillis(), true));
        return status();
    }

    /** Sends every request due by this time (ms after the first), printing its answer. */
    private void sendUntil(long millis, Streams io) {
        int limit = o.deadline > 0 ? o.deadline : o.count > 0 ? o.count : Integer.MAX_VALUE;
        while (sent < limit && sent * 1000L <= millis && (o.count == 0 || received() < o.count)) {
            int seq = format.firstSeq() + sent;
            sent++;
            if (echo.kind() == Echo.Kind.REPLY) {
                rtts.add(echo.rttMicros(seq));
            } else if (echo.kind() == Echo.Kind.PORT_UNREACHABLE && format.countsErrors()) {
                errors++;
            }
            String line = format.answer(echo, seq);
            if (line != null && !o.quiet) {
                io.out().println(line);
            }
        }
    }

    /** When the run ends by itself, in ms after the first request; NEVER without -c and -w. */
    private long endMillis() {
        long end = o.deadline > 0 ? o.deadline * 1000L : NEVER;
        if (answered && o.deadline > 0 && errors > 0) {
            return 0; // iputils gives up at the first error when it has a deadline
        }
        if (o.count > 0 && answered) {
            end = Math.min(end, (o.count - 1) * 1000L);
        } else if (o.count > 0 && o.deadline == 0) {
            end = (o.count - 1) * 1000L + o.lingerMillis;
        }
        return end;
    }

    private int received() {
        return rtts.size() + errors;
    }

    /** From the first request to the last one sent, with the few ms a real run drifts by. */
    private long elapsedMillis() {
        return sent <= 1 ? 0 : (sent - 1) * (answered ? 1001L : 1021L);
    }

    private int status() {
        return rtts.isEmpty() || (o.deadline > 0 && rtts.size() < o.count) ? 1 : 0;
    }
}
