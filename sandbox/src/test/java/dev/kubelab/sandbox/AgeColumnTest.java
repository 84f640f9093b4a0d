package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** AGE is computed from the sandbox clock at each command, not frozen at boot. */
class AgeColumnTest {
    @Test
    void ageFollowsTheSimulatedClock() {
        Transcript t = new Transcript();
        assertEquals("controlplane   Ready    control-plane   2d5h   v1.32.4", line(t.type("kubectl get nodes"), 1));
        t.advance(Duration.ofSeconds(90));
        assertEquals("controlplane   Ready    control-plane   2d5h   v1.32.4", line(t.type("kubectl get nodes"), 1));
        t.advance(Duration.ofHours(3));
        assertEquals("controlplane   Ready    control-plane   2d8h   v1.32.4", line(t.type("kubectl get nodes"), 1));
        t.advance(Duration.ofDays(6));
        assertEquals("controlplane   Ready    control-plane   8d    v1.32.4", line(t.type("kubectl get nodes"), 1));
    }

    private static String line(String terminalText, int index) {
        return Transcript.unix(terminalText).split("\n")[index];
    }
}
