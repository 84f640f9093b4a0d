package dev.kubelab.terminal;

import dev.kubelab.sandbox.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** All sandboxes of this instance, one per (learner, lab), created on first connect. */
@Startup // registers its gauge at start, not at the first lab
@ApplicationScoped
public class SandboxRegistry {

    private final Map<LabKey, LabSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom seeds = new SecureRandom();
    private final Clock clock;
    private final TerminalConfig config;

    public SandboxRegistry(Clock clock, TerminalConfig config, MeterRegistry metrics) {
        this.clock = clock;
        this.config = config;
        metrics.gaugeMapSize("kubelab.sandboxes", java.util.List.of(), sessions);
    }

    /**
     * The learner's session for a lab, created if needed. When the instance is full the sandbox
     * idle the longest (no open terminal) makes room; empty when every sandbox is in use.
     */
    synchronized Optional<LabSession> open(LabKey key) {
        LabSession existing = sessions.get(key);
        if (existing != null) {
            existing.attach(clock.instant());
            return Optional.of(existing);
        }
        if (sessions.size() >= config.maxSandboxes() && !evictLongestIdle()) {
            return Optional.empty();
        }
        LabSession session = newSession();
        session.attach(clock.instant());
        sessions.put(key, session);
        return Optional.of(session);
    }

    /** A terminal closed: the sandbox stays (a reload finds it) but may now be evicted. */
    void close(LabSession session) {
        session.detach(clock.instant());
    }

    private boolean evictLongestIdle() {
        return sessions.entrySet().stream()
                .filter(e -> e.getValue().openTerminals() == 0)
                .min(Comparator.comparing(e -> e.getValue().lastUsed()))
                .map(e -> sessions.remove(e.getKey()) != null)
                .orElse(false);
    }

    int size() {
        return sessions.size();
    }

    private LabSession newSession() {
        long seed = seeds.nextLong();
        return new LabSession(() -> Sandbox.boot(seed, clock::instant), config.transcriptChars());
    }
}
