package dev.kubelab.sandbox.controller.metallb;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** MetalLB's allocation rules: first free address in pool order, requested and pinned addresses, exhaustion. */
class IpAllocatorTest {
    private final Map<Long, String> inUse = new HashMap<>();

    private static AddressPool pool(String name, boolean autoAssign, boolean avoidBuggy, String... entries) {
        return new AddressPool(name, List.of(entries).stream().map(IpRange::parse).toList(), autoAssign, avoidBuggy);
    }

    private IpAllocator.Result take(IpAllocator a, String key, String ip, String pinned) {
        IpAllocator.Result r = a.allocate(key, ip, pinned);
        if (r.failure() == null) {
            inUse.put(IpRange.toLong(r.ip()), key);
        }
        return r;
    }

    @Test
    void rangesAndCidrsParse() {
        assertEquals(new IpRange(IpRange.toLong("172.30.255.200"), IpRange.toLong("172.30.255.250")),
                IpRange.parse("172.30.255.200-172.30.255.250"));
        assertEquals(new IpRange(IpRange.toLong("10.0.0.0"), IpRange.toLong("10.0.0.3")),
                IpRange.parse("10.0.0.1/30"));
        assertEquals("10.0.0.3", IpRange.toIp(IpRange.parse("10.0.0.0/30").last()));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.9-10.0.0.1"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("10.0.0.300/32"));
        assertThrows(IllegalArgumentException.class, () -> IpRange.parse("bogus"));
    }

    @Test
    void firstFreeAddressThenExhaustionThenRelease() {
        IpAllocator a = new IpAllocator(List.of(pool("first-pool", true, false, "172.30.255.200-172.30.255.201")),
                inUse);
        assertEquals(new IpAllocator.Result("172.30.255.200", "first-pool", null), take(a, "default/a", null, null));
        assertEquals(new IpAllocator.Result("172.30.255.201", "first-pool", null), take(a, "default/b", null, null));
        assertEquals(IpAllocator.Result.failed("no available IPs"), take(a, "default/c", null, null));
        // a service already holding an address gets the same one back
        assertEquals("172.30.255.200", take(a, "default/a", null, null).ip());
        inUse.remove(IpRange.toLong("172.30.255.200")); // default/a deleted
        assertEquals("172.30.255.200", take(a, "default/c", null, null).ip());
    }

    @Test
    void poolsInOrderCidrsAndAvoidBuggyIps() {
        IpAllocator a = new IpAllocator(List.of(pool("manual", false, false, "10.9.0.0/24"),
                pool("p1", true, false, "10.0.0.255/32"), pool("p2", true, true, "10.1.0.0/31")), inUse);
        assertEquals(new IpAllocator.Result("10.0.0.255", "p1", null), take(a, "ns/a", null, null));
        // p2 holds 10.1.0.0 and 10.1.0.1, but avoidBuggyIPs skips the .0
        assertEquals(new IpAllocator.Result("10.1.0.1", "p2", null), take(a, "ns/b", null, null));
        assertEquals(IpAllocator.Result.failed("no available IPs"), take(a, "ns/c", null, null));
        // autoAssign: false pools only give addresses when pinned or asked for
        assertEquals(new IpAllocator.Result("10.9.0.0", "manual", null), take(a, "ns/c", null, "manual"));
    }

    @Test
    void requestedAndPinnedAddresses() {
        IpAllocator a = new IpAllocator(List.of(pool("a", true, false, "192.168.1.240-192.168.1.250"),
                pool("b", true, false, "192.168.2.0/24")), inUse);
        assertEquals(new IpAllocator.Result("192.168.1.245", "a", null), take(a, "ns/x", "192.168.1.245", null));
        assertEquals(IpAllocator.Result.failed("\"192.168.1.245\" is already in use by ns/x"),
                take(a, "ns/y", "192.168.1.245", null));
        assertEquals(IpAllocator.Result.failed("\"10.0.0.1\" is not allowed in config"),
                take(a, "ns/y", "10.0.0.1", null));
        assertEquals(new IpAllocator.Result("192.168.2.0", "b", null), take(a, "ns/y", null, "b"));
        assertEquals(IpAllocator.Result.failed("unknown pool \"c\""), take(a, "ns/z", null, "c"));
        assertEquals(IpAllocator.Result.failed("\"192.168.1.241\" is not allowed in config"),
                take(a, "ns/z", "192.168.1.241", "b"));
    }
}
