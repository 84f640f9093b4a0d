package dev.kubelab.sandbox.shell.net.ping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The number formats of iputils (ping_common.c) and busybox ping, and which answers each prints. */
class PingFormatTest {
    private final IputilsFormat iputils = new IputilsFormat("10.96.0.10", "10.96.0.10", a -> a);
    private final BusyboxFormat busybox = new BusyboxFormat("web", "10.96.0.10");

    @Test
    void iputilsRoundsTheReplyTimeByItsSize() {
        assertEquals("0.052", IputilsFormat.tripTime(52));
        assertEquals("1.24", IputilsFormat.tripTime(1235));
        assertEquals("12.3", IputilsFormat.tripTime(12345));
        assertEquals("124", IputilsFormat.tripTime(123500));
    }

    @Test
    void iputilsStatisticsUsePercentG() {
        assertEquals("\n--- 10.96.0.10 ping statistics ---\n3 packets transmitted, 2 received, 33.3333% packet loss,"
                + " time 2002ms\nrtt min/avg/max/mdev = 0.100/0.150/0.200/0.050 ms\n",
                iputils.statistics(3, List.of(100, 200), 0, 2002, false));
        assertEquals("--- 10.96.0.10 ping statistics ---\n2 packets transmitted, 0 received, +2 errors, 100% packet loss,"
                + " time 1001ms\n\n", iputils.statistics(2, List.of(), 2, 1001, true));
    }

    @Test
    void busyboxCountsFromZeroAndIgnoresIcmpErrors() {
        assertEquals(0, busybox.firstSeq());
        assertNull(busybox.answer(new Echo(Echo.Kind.PORT_UNREACHABLE, "10.96.0.10", 0, 0), 0));
        String reply = busybox.answer(new Echo(Echo.Kind.REPLY, "10.96.0.10", 63, 60), 0);
        assertTrue(reply.matches("64 bytes from 10\\.96\\.0\\.10: seq=0 ttl=63 time=0\\.0[6-7]\\d ms"), reply);
        assertEquals("\n--- web ping statistics ---\n3 packets transmitted, 1 packets received, 66% packet loss\n"
                + "round-trip min/avg/max = 0.080/0.080/0.080 ms\n", busybox.statistics(3, List.of(80), 0, 0, false));
    }

    @Test
    void iputilsReportsARejectedRequest() {
        assertEquals("From 10.96.0.10 icmp_seq=1 Destination Port Unreachable",
                iputils.answer(new Echo(Echo.Kind.PORT_UNREACHABLE, "10.96.0.10", 0, 0), 1));
    }
}
