package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.Sandbox;

import java.time.Duration;
import java.time.Instant;

/** Test helper: a sandbox on a hand-driven clock; type() returns what one line prints (with \n line ends). */
final class DnsSession {
    static final Instant BOOT = Instant.parse("2026-11-27T10:00:00Z");
    private Instant now = BOOT;
    private final Sandbox sandbox = Sandbox.boot(20261127L, () -> now);

    String type(String line) {
        StringBuilder out = new StringBuilder();
        sandbox.exec(line, out::append);
        return out.toString().replace("\r\n", "\n");
    }

    /** Lets time pass; the controllers start pods, fill EndpointSlices… */
    DnsSession wait(int seconds) {
        now = now.plus(Duration.ofSeconds(seconds));
        sandbox.advance();
        return this;
    }

    String prompt() {
        return sandbox.prompt();
    }
}
