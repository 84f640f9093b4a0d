package dev.kubelab.terminal;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SandboxRegistryTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private final SandboxRegistry registry = new SandboxRegistry(clock, limits(2), new SimpleMeterRegistry());

    @Test
    void aFullInstanceEvictsTheLongestIdleSandboxButNeverOneInUse() {
        LabKey alice = new LabKey(UUID.randomUUID(), "playground");
        LabKey bob = new LabKey(UUID.randomUUID(), "playground");
        LabKey carol = new LabKey(UUID.randomUUID(), "playground");
        LabSession aliceSession = registry.open(alice).orElseThrow();
        registry.close(aliceSession);
        LabSession bobSession = registry.open(bob).orElseThrow();

        LabSession carolSession = registry.open(carol).orElseThrow();
        assertEquals(2, registry.size());
        assertNotSame(aliceSession, registry.open(alice).orElse(null), "alice's idle sandbox made room");

        assertTrue(registry.open(new LabKey(UUID.randomUUID(), "playground")).isEmpty(),
                "every sandbox has an open terminal: the newcomer is refused");
        assertSame(bobSession, registry.open(bob).orElseThrow(), "bob keeps his sandbox");
        assertSame(carolSession, registry.open(carol).orElseThrow());
    }

    @Test
    void rateLimitLetsABurstThroughThenRefills() {
        CommandRate rate = new CommandRate(3, 2, 0);
        assertTrue(rate.tryTake(0) && rate.tryTake(0) && rate.tryTake(0));
        assertEquals(false, rate.tryTake(0));
        assertTrue(rate.tryTake(Duration.ofMillis(500).toNanos()), "one token back after half a second at 2/s");
    }

    private static TerminalConfig limits(int maxSandboxes) {
        return new TerminalConfig() {
            public int maxMessageBytes() {
                return 16384;
            }

            public int maxLineLength() {
                return 4096;
            }

            public int maxSandboxes() {
                return maxSandboxes;
            }

            public int transcriptChars() {
                return 65536;
            }

            public Duration tick() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
