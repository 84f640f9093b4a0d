package dev.kubelab.sandbox.registry.alloc;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.registry.validation.IpRules;

/**
 * ipallocator bitmap.go (1.32) over an IPv4 service CIDR: never the network or broadcast address, a static band of
 * min(max(16, size/16), 256) addresses at the bottom for requested IPs, random dynamic picks above it.
 */
public final class ClusterIpAllocator {
    private final Cidr cidr;
    private final BandedAllocationMap map;

    public ClusterIpAllocator(Cidr cidr, Seed random) {
        this.cidr = cidr;
        int max = (int) Math.max(0, cidr.size() - 2);
        this.map = new BandedAllocationMap(max, rangeOffset(cidr.size()), random);
    }

    /** calculateRangeOffset: the size of the static band. */
    static int rangeOffset(long cidrSize) {
        if (cidrSize <= 16) {
            return 0;
        }
        return (int) Math.min(Math.max(16, cidrSize / 16), 256);
    }

    public Cidr cidr() {
        return cidr;
    }

    /** Allocate(ip): the requested address. */
    public void allocate(String ip) throws AllocationException {
        int offset = offsetOf(ip);
        if (offset < 0) {
            throw new AllocationException(AllocationException.Reason.NOT_IN_RANGE, "the provided IP (" + ip
                    + ") is not in the valid range. The range of valid IPs is " + cidr);
        }
        if (!map.allocate(offset)) {
            throw new AllocationException(AllocationException.Reason.ALREADY_ALLOCATED,
                    "provided IP is already allocated");
        }
    }

    /** AllocateNext(): a random free address, upper band first. */
    public String allocateNext() throws AllocationException {
        int offset = map.allocateNext();
        if (offset < 0) {
            throw AllocationException.full();
        }
        return cidr.address(offset + 1L);
    }

    /** Release(ip): a no-op for addresses outside the range or not allocated. */
    public void release(String ip) {
        int offset = offsetOf(ip);
        if (offset >= 0) {
            map.release(offset);
        }
    }

    public boolean isAllocated(String ip) {
        int offset = offsetOf(ip);
        return offset >= 0 && map.has(offset);
    }

    public int used() {
        return map.used();
    }

    public int free() {
        return map.max() - map.used();
    }

    /** Offset from the first usable address, or -1 when outside the usable range. */
    private int offsetOf(String ip) {
        long v = IpRules.parseIPv4(ip);
        if (v < 0 || !cidr.contains(v)) {
            return -1;
        }
        long offset = v - cidr.base() - 1;
        return offset < 0 || offset >= map.max() ? -1 : (int) offset;
    }
}
