package dev.kubelab.sandbox.shell.node;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** systemd's relative times and CPU spans, go-units' "ago" as crictl prints it. */
class SystemdTimeTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void relativeTimeKeepsTheTwoUnitsThatMatter() {
        assertEquals("4h 38min ago", SystemdTime.ago(NOW.minusSeconds(4 * 3600 + 38 * 60 + 12), NOW));
        assertEquals("7h ago", SystemdTime.ago(NOW.minusSeconds(7 * 3600 + 59), NOW));
        assertEquals("2min 5s ago", SystemdTime.ago(NOW.minusSeconds(125), NOW));
        assertEquals("12min ago", SystemdTime.ago(NOW.minusSeconds(12 * 60 + 30), NOW));
        assertEquals("2 days ago", SystemdTime.ago(NOW.minusSeconds(2 * 86400 + 3600), NOW));
        assertEquals("Fri 2026-11-27 10:00:00 UTC", SystemdTime.full(NOW));
    }

    @Test
    void cpuTime() {
        assertEquals("3.210s", SystemdTime.cpu(3210));
        assertEquals("1min 55.412s", SystemdTime.cpu(115412));
        assertEquals("1h 0min 3.000s", SystemdTime.cpu(3603000));
    }

    @Test
    void crictlCreated() {
        assertEquals("28 seconds ago", Crictl.ago(NOW.minusSeconds(28), NOW));
        assertEquals("About a minute ago", Crictl.ago(NOW.minusSeconds(100), NOW));
        assertEquals("About an hour ago", Crictl.ago(NOW.minusSeconds(3600 + 1700), NOW));
        assertEquals("2 days ago", Crictl.ago(NOW.minusSeconds(2 * 86400 + 3600), NOW));
    }
}
