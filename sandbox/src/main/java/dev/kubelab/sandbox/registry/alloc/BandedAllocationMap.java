package dev.kubelab.sandbox.registry.alloc;

import dev.kubelab.sandbox.Seed;

import java.util.HashSet;
import java.util.Set;

/**
 * allocator.NewAllocationMapWithOffset: offsets 0..max-1, of which the first {@code offset} form the static band
 * (kept for requested values) and the rest the dynamic band. Next() starts at a random point of the dynamic band
 * and scans forward, wrapping; only when it is full does it try the static band the same way. Sparse, so an idle
 * /12 costs bytes, not a 128 KiB bitmap.
 */
final class BandedAllocationMap {
    private final int max;
    private final int offset;
    private final Seed random;
    private final Set<Integer> allocated = new HashSet<>();

    BandedAllocationMap(int max, int offset, Seed random) {
        this.max = max;
        this.offset = offset;
        this.random = random;
    }

    /** Marks one offset; false if it was taken. */
    boolean allocate(int at) {
        return allocated.add(at);
    }

    /** The chosen free offset, or -1 when everything is taken. */
    int allocateNext() {
        if (allocated.size() >= max) {
            return -1;
        }
        int upper = max - offset;
        if (upper > 0) {
            int start = random.nextInt(upper);
            for (int i = 0; i < upper; i++) {
                int at = offset + ((start + i) % upper);
                if (allocated.add(at)) {
                    return at;
                }
            }
        }
        if (offset > 0) {
            int start = random.nextInt(offset);
            for (int i = 0; i < offset; i++) {
                int at = (start + i) % offset;
                if (allocated.add(at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    void release(int at) {
        allocated.remove(at);
    }

    boolean has(int at) {
        return allocated.contains(at);
    }

    int used() {
        return allocated.size();
    }

    int max() {
        return max;
    }
}
