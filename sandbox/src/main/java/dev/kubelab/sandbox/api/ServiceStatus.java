package dev.kubelab.sandbox.api;

import java.util.List;

/** status.loadBalancer.ingress. */
public record ServiceStatus(List<LoadBalancerIngress> loadBalancerIngress) {
    public ServiceStatus {
        loadBalancerIngress = loadBalancerIngress == null ? List.of() : List.copyOf(loadBalancerIngress);
    }

    public static ServiceStatus empty() {
        return new ServiceStatus(List.of());
    }
}
