package dev.kubelab.sandbox.controller.metallb;

import java.util.List;
import java.util.Map;

/**
 * MetalLB's allocator (internal/allocator): the first free address of the pools in order, or the requested
 * address, or one of a pinned pool. Pure: what is in use is given (address → "namespace/name" holding it).
 */
final class IpAllocator {
    /** An address and the pool it came from, or the reason why none (failure != null). */
    record Result(String ip, String pool, String failure) {
        static Result failed(String why) {
            return new Result(null, null, why);
        }
    }

    private final List<AddressPool> pools;
    private final Map<Long, String> inUse;

    IpAllocator(List<AddressPool> pools, Map<Long, String> inUse) {
        this.pools = List.copyOf(pools);
        this.inUse = inUse;
    }

    /** requestedIp and pinnedPool may be null; key = "namespace/name" of the service asking. */
    Result allocate(String key, String requestedIp, String pinnedPool) {
        if (pinnedPool != null && pools.stream().noneMatch(p -> p.name().equals(pinnedPool))) {
            return Result.failed("unknown pool \"" + pinnedPool + "\"");
        }
        if (requestedIp != null) {
            return requested(key, requestedIp, pinnedPool);
        }
        for (AddressPool pool : pools) {
            boolean eligible = pinnedPool == null ? pool.autoAssign() : pool.name().equals(pinnedPool);
            if (!eligible) {
                continue;
            }
            for (IpRange r : pool.ranges()) {
                for (long ip = r.first(); ip <= r.last(); ip++) {
                    if (pool.offers(ip) && free(ip, key)) {
                        return new Result(IpRange.toIp(ip), pool.name(), null);
                    }
                }
            }
        }
        return Result.failed("no available IPs");
    }

    private Result requested(String key, String requestedIp, String pinnedPool) {
        long ip = IpRange.toLong(requestedIp); // DesiredIps checked it is an IPv4 address
        for (AddressPool pool : pools) {
            if ((pinnedPool == null || pool.name().equals(pinnedPool)) && pool.offers(ip)) {
                return free(ip, key) ? new Result(requestedIp, pool.name(), null)
                        : Result.failed("\"" + requestedIp + "\" is already in use by " + inUse.get(ip));
            }
        }
        return Result.failed("\"" + requestedIp + "\" is not allowed in config");
    }

    private boolean free(long ip, String key) {
        String holder = inUse.get(ip);
        return holder == null || holder.equals(key);
    }
}
