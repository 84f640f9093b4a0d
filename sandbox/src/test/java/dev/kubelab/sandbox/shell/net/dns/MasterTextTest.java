package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Record;
import dev.kubelab.sandbox.net.dns.RecordType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dig's column layout (tabs to columns 24/32/40/48, at least one blank) and the image → applet choice. */
class MasterTextTest {
    @Test
    void shortOwnersAreTabbedLongOnesGetSingleBlanks() {
        assertEquals("google.com.\t\t81\tIN\tA\t142.250.185.78",
                MasterText.record(Record.a("google.com", 81, "142.250.185.78")));
        assertEquals("kubernetes.default.svc.cluster.local. 30 IN A\t10.96.0.1",
                MasterText.record(Record.a("kubernetes.default.svc.cluster.local", 30, "10.96.0.1")));
        assertEquals(";google.com.\t\t\tIN\tA", MasterText.question(new Question("google.com", RecordType.A)));
        assertEquals(";kubernetes.default.svc.cluster.local. IN A",
                MasterText.question(new Question("kubernetes.default.svc.cluster.local", RecordType.A)));
    }

    @Test
    void busybox128KeepsTheOldApplet() {
        assertTrue(DnsTools.oldBusybox("busybox:1.28"));
        assertTrue(DnsTools.oldBusybox("docker.io/library/busybox:1.28.4"));
        assertFalse(DnsTools.oldBusybox("busybox"));
        assertFalse(DnsTools.oldBusybox("busybox:1.36"));
    }
}
