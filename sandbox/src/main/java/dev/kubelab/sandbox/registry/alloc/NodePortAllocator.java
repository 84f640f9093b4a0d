package dev.kubelab.sandbox.registry.alloc;

import dev.kubelab.sandbox.Seed;

/**
 * portallocator (1.32) over --service-node-port-range: a static band of min(max(16, size/32), 128) ports at the
 * bottom (30000-30085 by default) for requested ports, random dynamic picks above it.
 */
public final class NodePortAllocator {
    private final PortRange range;
    private final BandedAllocationMap map;

    public NodePortAllocator(PortRange range, Seed random) {
        this.range = range;
        this.map = new BandedAllocationMap(range.size(), rangeOffset(range.size()), random);
    }

    static int rangeOffset(int rangeSize) {
        if (rangeSize <= 16) {
            return 0;
        }
        return Math.min(Math.max(16, rangeSize / 32), 128);
    }

    public PortRange range() {
        return range;
    }

    public void allocate(int port) throws AllocationException {
        if (!range.contains(port)) {
            throw new AllocationException(AllocationException.Reason.NOT_IN_RANGE,
                    "provided port is not in the valid range. The range of valid ports is " + range);
        }
        if (!map.allocate(port - range.base())) {
            throw new AllocationException(AllocationException.Reason.ALREADY_ALLOCATED,
                    "provided port is already allocated");
        }
    }

    public int allocateNext() throws AllocationException {
        int offset = map.allocateNext();
        if (offset < 0) {
            throw AllocationException.full();
        }
        return range.base() + offset;
    }

    public void release(int port) {
        if (range.contains(port)) {
            map.release(port - range.base());
        }
    }

    public boolean isAllocated(int port) {
        return range.contains(port) && map.has(port - range.base());
    }

    public int used() {
        return map.used();
    }
}
