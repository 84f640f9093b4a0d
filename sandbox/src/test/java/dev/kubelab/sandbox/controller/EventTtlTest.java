package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTtlTest {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Sandbox sandbox = Sandbox.boot(3, () -> now);

    @Test
    void eventsOlderThanAnHourAreGoneAsWithTheApiServersEventTtl() {
        sandbox.exec("kubectl create deployment first --image=nginx", text -> { });
        now = now.plus(Duration.ofSeconds(30));
        sandbox.advance();
        assertTrue(count("first") > 0, "events about the first deployment");

        now = now.plus(Duration.ofMinutes(61));
        sandbox.exec("kubectl create deployment second --image=nginx", text -> { });
        assertEquals(0, count("first"), "expired after the TTL");
        assertTrue(count("second") > 0);
    }

    private int count(String name) {
        StringBuilder out = new StringBuilder();
        sandbox.exec("kubectl get events --no-headers | grep -c " + name, out::append);
        return Integer.parseInt(out.toString().trim());
    }
}
