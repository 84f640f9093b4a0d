package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.registry.alloc.AllocationException;
import dev.kubelab.sandbox.registry.alloc.AllocationTxn;
import dev.kubelab.sandbox.registry.alloc.ClusterIpAllocator;
import dev.kubelab.sandbox.registry.alloc.NodePortAllocator;
import dev.kubelab.sandbox.registry.field.FieldError;

import java.util.List;

/** alloc.go: ClusterIPs of a Service (create, type changes, delete) from the service CIDR. */
final class ServiceAllocations {
    private final ClusterIpAllocator ips;
    private final NodePortAllocations nodePorts;

    ServiceAllocations(ClusterIpAllocator ips, NodePortAllocator ports) {
        this.ips = ips;
        this.nodePorts = new NodePortAllocations(ports);
    }

    /** allocateCreate: families, then ClusterIPs, then nodePorts (and the health-check nodePort). */
    void allocateCreate(ServiceDraft s, AllocationTxn txn) {
        IpFamilyInit.apply(s, null);
        allocClusterIPs(s, txn);
        nodePorts.allocateCreate(s, txn);
    }

    /** allocateUpdate: allocations happen now, releases of the old values on commit. */
    void allocateUpdate(ServiceDraft s, ServiceDraft old, AllocationTxn txn) {
        IpFamilyInit.apply(s, old);
        if (old.isType(ServiceRules.EXTERNAL_NAME) && !s.isType(ServiceRules.EXTERNAL_NAME)) {
            allocClusterIPs(s, txn);
        } else if (!old.isHeadless() && !old.isType(ServiceRules.EXTERNAL_NAME)
                && s.isType(ServiceRules.EXTERNAL_NAME)) {
            List<String> oldIPs = List.copyOf(old.clusterIPs);
            txn.onCommit(() -> oldIPs.forEach(ips::release));
        }
        nodePorts.allocateUpdate(s, old, txn);
    }

    /** Everything a deleted Service held. */
    void release(ServiceDraft s) {
        if (!s.isType(ServiceRules.EXTERNAL_NAME) && !s.isHeadless()) {
            s.clusterIPs.forEach(ips::release);
        }
        nodePorts.release(s);
    }

    /** Marks what an already stored Service holds (bootstrap objects, a restarted API server). */
    void register(ServiceDraft s) {
        if (!s.isType(ServiceRules.EXTERNAL_NAME) && !s.isHeadless()) {
            for (String ip : s.clusterIPs) {
                try {
                    ips.allocate(ip);
                } catch (AllocationException ignored) {
                    // The repair loop only logs addresses outside the range or held twice.
                }
            }
        }
        nodePorts.register(s);
    }

    private void allocClusterIPs(ServiceDraft s, AllocationTxn txn) {
        if (s.isType(ServiceRules.EXTERNAL_NAME) || s.isHeadless()) {
            return;
        }
        while (s.clusterIPs.size() < s.ipFamilies.size()) {
            s.clusterIPs.add("");
        }
        for (int i = 0; i < s.ipFamilies.size(); i++) {
            String requested = s.clusterIPs.get(i);
            String ip;
            if (requested.isEmpty()) {
                try {
                    ip = ips.allocateNext();
                } catch (AllocationException e) {
                    throw StatusError.internal("failed to allocate a serviceIP: " + e.getMessage());
                }
            } else {
                try {
                    ips.allocate(requested);
                } catch (AllocationException e) {
                    throw StatusError.invalid(Kind.SERVICE, s.name(), List.of(FieldError.invalid("spec.clusterIPs",
                            ClusterIpsValidation.ips(s.clusterIPs), "failed to allocate IP " + requested + ": "
                                    + e.getMessage())));
                }
                ip = requested;
            }
            String allocated = ip;
            txn.onRevert(() -> ips.release(allocated));
            s.clusterIPs.set(i, allocated);
            if (i == 0) {
                s.clusterIP = allocated;
            }
        }
    }

}
