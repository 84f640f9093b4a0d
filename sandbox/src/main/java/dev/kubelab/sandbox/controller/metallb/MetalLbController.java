package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.controller.Controller;
import dev.kubelab.sandbox.controller.ControllerContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MetalLB's controller (controller/service.go) and its L2 speakers: while the controller pod is ready, every
 * LoadBalancer Service without a loadBalancerClass gets an address of the IPAddressPools, and the speaker
 * announces it. Level triggered: what is allocated is read back from the services each pass.
 */
public final class MetalLbController implements Controller {
    static final String COMPONENT = "metallb-controller";
    private final ControllerContext ctx;
    private final L2Announcer announcer;

    public MetalLbController(ControllerContext ctx) {
        this.ctx = ctx;
        this.announcer = new L2Announcer(ctx);
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.GENERIC, Kind.SERVICE, Kind.POD, Kind.NODE);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        if (!GenericObjects.served(ctx.store(), GenericTypes.IP_ADDRESS_POOL)
                || !MetalLbPods.controllerReady(ctx.store())) {
            return;
        }
        List<AddressPool> pools = new ArrayList<>();
        for (GenericObject p : GenericObjects.list(ctx.store(), GenericTypes.IP_ADDRESS_POOL, MetalLbPods.NAMESPACE)) {
            pools.add(AddressPool.of(p));
        }
        List<Service> services = ctx.store().list(Service.class, null);
        Map<Long, String> inUse = new HashMap<>();
        for (Service s : services) {
            String ip = allocatedIp(s);
            if (ip != null && handled(s) && stillValid(s, ip, pools)) {
                inUse.put(IpRange.toLong(ip), key(s));
            }
        }
        IpAllocator allocator = new IpAllocator(pools, inUse);
        for (Service s : services) {
            String ip = allocatedIp(s);
            if (!handled(s)) {
                if (ip != null) {
                    ctx.store().update(withAllocation(s, null, null)); // type changed away: release
                }
                continue;
            }
            DesiredIps desired = DesiredIps.of(s);
            boolean kept = ip != null && key(s).equals(inUse.get(IpRange.toLong(ip)));
            if (ip != null && desired.error() != null) {
                // service.go: an unreadable request keeps what the service has (if the pools still offer it)
                ServiceEvents.once(ctx, now, s, "Warning", "LoadBalancerFailed",
                        "invalid requested loadbalancer IPs: " + desired.error(), COMPONENT);
                if (!kept) {
                    ctx.store().update(withAllocation(s, null, null));
                }
            } else if (!kept) {
                assign(s, desired, allocator, inUse, now);
            }
        }
        announcer.reconcile(now);
    }

    private void assign(Service s, DesiredIps desired, IpAllocator allocator, Map<Long, String> inUse, Instant now) {
        for (String old : ServiceAnnotations.deprecatedInUse(s)) {
            ServiceEvents.once(ctx, now, s, "Warning", "deprecatedAnnotation",
                    "Service uses deprecated annotation " + old, COMPONENT);
        }
        String unmet = desired.error() != null ? desired.error() : desired.familyMismatch();
        IpAllocator.Result r = unmet != null ? IpAllocator.Result.failed(unmet)
                : allocator.allocate(key(s), desired.requested(), ServiceAnnotations.value(s, ServiceAnnotations.POOL));
        if (r.failure() != null) {
            if (allocatedIp(s) != null) {
                ctx.store().update(withAllocation(s, null, null));
            }
            ServiceEvents.once(ctx, now, s, "Warning", "AllocationFailed",
                    "Failed to allocate IP for \"" + key(s) + "\": " + r.failure(), COMPONENT);
            return;
        }
        inUse.put(IpRange.toLong(r.ip()), key(s));
        Service updated = ctx.store().update(withAllocation(s, r.ip(), r.pool()));
        ctx.events().normal(now, updated, "IPAllocated", "Assigned IP [\"" + r.ip() + "\"]", COMPONENT, null);
    }

    /** MetalLB handles LoadBalancer services without a class (it runs without --lb-class). */
    static boolean handled(Service s) {
        String cls = s.spec().loadBalancerClass();
        return "LoadBalancer".equals(s.spec().type()) && (cls == null || cls.isEmpty())
                && s.metadata().deletionTimestamp() == null;
    }

    /** The address MetalLB gave the service (its pool annotation says so), or null. */
    static String allocatedIp(Service s) {
        if (!s.metadata().annotations().containsKey(ServiceAnnotations.ALLOCATED_FROM)) {
            return null;
        }
        List<LoadBalancerIngress> ingress = s.status().loadBalancerIngress();
        return ingress.isEmpty() ? null : ingress.get(0).ip();
    }

    private static boolean stillValid(Service s, String ip, List<AddressPool> pools) {
        String pool = s.metadata().annotations().get(ServiceAnnotations.ALLOCATED_FROM);
        DesiredIps desired = DesiredIps.of(s);
        String requested = desired.error() == null ? desired.requested() : null;
        String pinned = ServiceAnnotations.value(s, ServiceAnnotations.POOL);
        if (requested != null && !requested.equals(ip) || pinned != null && !pinned.equals(pool)) {
            return false;
        }
        return pools.stream().anyMatch(p -> p.name().equals(pool) && p.offers(IpRange.toLong(ip)));
    }

    private static Service withAllocation(Service s, String ip, String pool) {
        Map<String, String> annotations = new HashMap<>(s.metadata().annotations());
        if (pool == null) {
            annotations.remove(ServiceAnnotations.ALLOCATED_FROM);
        } else {
            annotations.put(ServiceAnnotations.ALLOCATED_FROM, pool);
        }
        ServiceStatus status = new ServiceStatus(ip == null ? List.of()
                : List.of(new LoadBalancerIngress(ip, null, "VIP")));
        return new Service(s.metadata().withAnnotations(annotations), s.spec(), status);
    }

    static String key(Service s) {
        return s.metadata().namespace() + "/" + s.metadata().name();
    }
}
