package dev.kubelab.sandbox.registry.alloc;

import dev.kubelab.sandbox.Seed;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bitmap allocators of reference §5.2: bands, randomness from the seed, errors, release. */
class AllocatorTest {

    @Test
    void staticBandSizes() {
        assertEquals(256, ClusterIpAllocator.rangeOffset(Cidr.parse("10.96.0.0/12").size()));
        assertEquals(16, ClusterIpAllocator.rangeOffset(Cidr.parse("10.96.0.0/24").size()));
        assertEquals(0, ClusterIpAllocator.rangeOffset(Cidr.parse("10.96.0.0/28").size()));
        assertEquals(86, NodePortAllocator.rangeOffset(PortRange.parse("30000-32767").size()));
        assertEquals(128, NodePortAllocator.rangeOffset(PortRange.parse("30000-40000").size()));
    }

    @Test
    void dynamicPicksAreSeededAndAvoidTheStaticBand() throws AllocationException {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        ClusterIpAllocator first = new ClusterIpAllocator(Cidr.parse("10.96.0.0/12"), new Seed(1));
        ClusterIpAllocator second = new ClusterIpAllocator(Cidr.parse("10.96.0.0/12"), new Seed(1));
        for (int i = 0; i < 20; i++) {
            a.add(first.allocateNext());
            b.add(second.allocateNext());
        }
        assertEquals(a, b);
        for (String ip : a) {
            assertFalse(ip.startsWith("10.96.0.") || ip.equals("10.96.1.0"), ip);
        }
        NodePortAllocator ports = new NodePortAllocator(PortRange.parse("30000-32767"), new Seed(1));
        for (int i = 0; i < 50; i++) {
            int p = ports.allocateNext();
            assertTrue(p >= 30086 && p <= 32767, "dynamic band: " + p);
        }
    }

    @Test
    void upperBandFullFallsBackToStaticBand() throws AllocationException {
        NodePortAllocator ports = new NodePortAllocator(PortRange.parse("30000-30031"), new Seed(3));
        // 32 ports: static band 16 (30000-30015).
        for (int i = 0; i < 16; i++) {
            assertTrue(ports.allocateNext() >= 30016);
        }
        assertTrue(ports.allocateNext() < 30016);
    }

    @Test
    void requestedValuesAreHonouredOnceAndReleased() throws AllocationException {
        ClusterIpAllocator ips = new ClusterIpAllocator(Cidr.parse("10.96.0.0/12"), new Seed(1));
        ips.allocate("10.96.0.10");
        AllocationException twice = assertThrows(AllocationException.class, () -> ips.allocate("10.96.0.10"));
        assertEquals("provided IP is already allocated", twice.getMessage());
        ips.release("10.96.0.10");
        ips.allocate("10.96.0.10");

        NodePortAllocator ports = new NodePortAllocator(PortRange.parse("30000-32767"), new Seed(1));
        ports.allocate(30080);
        assertEquals("provided port is already allocated",
                assertThrows(AllocationException.class, () -> ports.allocate(30080)).getMessage());
        ports.release(30080);
        ports.allocate(30080);
    }

    @Test
    void outOfRangeMessages() {
        ClusterIpAllocator ips = new ClusterIpAllocator(Cidr.parse("10.96.0.0/12"), new Seed(1));
        assertEquals("the provided IP (10.0.0.50) is not in the valid range. The range of valid IPs is 10.96.0.0/12",
                assertThrows(AllocationException.class, () -> ips.allocate("10.0.0.50")).getMessage());
        // Network and broadcast addresses are never valid.
        assertThrows(AllocationException.class, () -> ips.allocate("10.96.0.0"));
        assertThrows(AllocationException.class, () -> ips.allocate("10.111.255.255"));
        NodePortAllocator ports = new NodePortAllocator(PortRange.parse("30000-32767"), new Seed(1));
        assertEquals("provided port is not in the valid range. The range of valid ports is 30000-32767",
                assertThrows(AllocationException.class, () -> ports.allocate(80)).getMessage());
    }

    @Test
    void exhaustion() throws AllocationException {
        ClusterIpAllocator ips = new ClusterIpAllocator(Cidr.parse("10.96.0.0/30"), new Seed(1));
        List<String> got = List.of(ips.allocateNext(), ips.allocateNext());
        assertTrue(got.containsAll(List.of("10.96.0.1", "10.96.0.2")));
        AllocationException full = assertThrows(AllocationException.class, ips::allocateNext);
        assertEquals("range is full", full.getMessage());
        ips.release("10.96.0.2");
        assertEquals("10.96.0.2", ips.allocateNext());
    }
}
