package dev.kubelab.sandbox.api;

import java.util.List;
import java.util.Map;

/**
 * type ClusterIP/NodePort/LoadBalancer/ExternalName; clusterIPs[0] == clusterIP ("None" when headless);
 * an empty selector means the Endpoints are managed by someone else (e.g. the apiserver for kubernetes).
 */
public record ServiceSpec(String type, String clusterIP, List<String> clusterIPs, List<ServicePort> ports,
                          Map<String, String> selector, List<String> externalIPs, String externalName,
                          String sessionAffinity) {
    public ServiceSpec {
        clusterIPs = List.copyOf(clusterIPs);
        ports = List.copyOf(ports);
        selector = Map.copyOf(selector);
        externalIPs = List.copyOf(externalIPs);
    }
}
