package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Optional;

/**
 * For the dataplane: which node's speaker answers ARP for a MetalLB-assigned address (none = nobody answers).
 * In IPVS mode with strictARP: false the nodes answer too (net.dataplane.Neighbours).
 */
public final class L2Announcements {
    private L2Announcements() {
    }

    /** Whether MetalLB gave the service its address (then only its speaker makes the address reachable). */
    public static boolean managed(Service s) {
        return s.metadata().annotations().containsKey(ServiceAnnotations.ALLOCATED_FROM);
    }

    /** The node in the service's ServiceL2Status, if a speaker announces it. */
    public static Optional<String> node(ObjectStore store, Service s) {
        for (GenericObject st : GenericObjects.list(store, GenericTypes.SERVICE_L2_STATUS, MetalLbPods.NAMESPACE)) {
            if (s.metadata().name().equals(st.metadata().labels().get("metallb.io/service-name"))
                    && s.metadata().namespace().equals(st.metadata().labels().get("metallb.io/service-namespace"))) {
                return Optional.ofNullable(st.metadata().labels().get("metallb.io/node"));
            }
        }
        return Optional.empty();
    }
}
