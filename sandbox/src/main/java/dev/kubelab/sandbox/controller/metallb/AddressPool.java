package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.GenericObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An IPAddressPool as the allocator uses it; entries that do not parse are skipped (the webhook would refuse them). */
record AddressPool(String name, List<IpRange> ranges, boolean autoAssign, boolean avoidBuggyIPs) {
    static AddressPool of(GenericObject pool) {
        Object rawSpec = pool.body().get("spec");
        Map<?, ?> spec = rawSpec instanceof Map ? (Map<?, ?>) rawSpec : Map.of();
        List<IpRange> ranges = new ArrayList<>();
        if (spec.get("addresses") instanceof List) {
            for (Object entry : (List<?>) spec.get("addresses")) {
                try {
                    ranges.add(IpRange.parse(String.valueOf(entry)));
                } catch (IllegalArgumentException e) {
                    // not usable: MetalLB's webhook rejects such a pool, the lab just ignores the entry
                }
            }
        }
        return new AddressPool(pool.metadata().name(), List.copyOf(ranges),
                !Boolean.FALSE.equals(spec.get("autoAssign")), Boolean.TRUE.equals(spec.get("avoidBuggyIPs")));
    }

    /** Whether the pool may hand out this address (".0" and ".255" are skipped with avoidBuggyIPs). */
    boolean offers(long ip) {
        if (avoidBuggyIPs && ((ip & 255) == 0 || (ip & 255) == 255)) {
            return false;
        }
        for (IpRange r : ranges) {
            if (r.contains(ip)) {
                return true;
            }
        }
        return false;
    }
}
