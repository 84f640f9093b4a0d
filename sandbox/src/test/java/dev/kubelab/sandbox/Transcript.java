package dev.kubelab.sandbox;

import java.time.Duration;
import java.time.Instant;

/** Test helper: a sandbox on a hand-driven clock, recording what the terminal shows. */
final class Transcript {
    static final long SEED = 20261127L;
    static final Instant BOOT = Instant.parse("2026-11-27T10:00:00Z");

    private Instant now;
    private final Sandbox sandbox;
    private final StringBuilder screen = new StringBuilder();
    private Outcome last;

    Transcript() {
        this(SEED);
    }

    Transcript(long seed) {
        now = BOOT;
        sandbox = Sandbox.boot(seed, () -> now);
    }

    Sandbox sandbox() {
        return sandbox;
    }

    void advance(Duration d) {
        now = now.plus(d);
    }

    /** Types one line after the current prompt; returns only that line's output (raw, with \r\n). */
    String type(String line) {
        StringBuilder out = new StringBuilder();
        screen.append(sandbox.prompt()).append(line).append("\r\n");
        last = sandbox.exec(line, out::append);
        screen.append(out);
        return out.toString();
    }

    /**
     * Lets {@code d} pass. While a command runs in the foreground or a job in the background, the sandbox is pumped
     * once a second, as the platform's tick does, and what they printed is returned; otherwise the controllers just
     * catch up.
     */
    String wait(Duration d) {
        StringBuilder out = new StringBuilder();
        if (!ticking()) {
            advance(d);
            sandbox.advance();
            return "";
        }
        Instant end = now.plus(d);
        while (ticking() && now.isBefore(end)) {
            Duration step = Duration.between(now, end).compareTo(Duration.ofSeconds(1)) < 0
                    ? Duration.between(now, end) : Duration.ofSeconds(1);
            advance(step);
            Outcome outcome = sandbox.pump(out::append);
            last = sandbox.isRunning() || last instanceof Outcome.Running ? outcome : last;
        }
        if (now.isBefore(end)) {
            advance(Duration.between(now, end));
            sandbox.advance();
        }
        screen.append(out);
        return out.toString();
    }

    private boolean ticking() {
        return sandbox.isRunning() || sandbox.hasBackgroundJobs();
    }

    /** Ctrl-C: the terminal shows ^C, then what the interrupted command says; returns that. */
    String ctrlC() {
        StringBuilder out = new StringBuilder();
        screen.append("^C\r\n");
        last = new Outcome.Exit(sandbox.interrupt(out::append));
        screen.append(out);
        return out.toString();
    }

    Outcome last() {
        return last;
    }

    /** Everything shown so far: prompts, typed lines, output (raw, with \r\n). */
    String screen() {
        return screen.toString();
    }

    static String unix(String terminalText) {
        return terminalText.replace("\r\n", "\n");
    }
}
