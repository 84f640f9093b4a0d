package dev.kubelab.sandbox.controller.metallb;

import dev.kubelab.sandbox.api.Service;

import java.util.List;

/** MetalLB's Service annotations: the metallb.io/ keys of v0.14.9 and their deprecated metallb.universe.tf/ forms. */
final class ServiceAnnotations {
    static final String ALLOCATED_FROM = "metallb.io/ip-allocated-from-pool";
    static final String IPS = "metallb.io/loadBalancerIPs";
    static final String POOL = "metallb.io/address-pool";
    static final String OLD_PREFIX = "metallb.universe.tf/";

    private ServiceAnnotations() {
    }

    /** The value of a metallb.io/ key, else of its deprecated twin (null if neither). */
    static String value(Service s, String key) {
        String current = s.metadata().annotations().get(key);
        return current != null ? current : s.metadata().annotations().get(deprecated(key));
    }

    /** The deprecated keys the service uses (each gets a Warning event). */
    static List<String> deprecatedInUse(Service s) {
        return List.of(IPS, POOL).stream().map(ServiceAnnotations::deprecated)
                .filter(s.metadata().annotations()::containsKey).toList();
    }

    private static String deprecated(String key) {
        return OLD_PREFIX + key.substring(key.indexOf('/') + 1);
    }
}
