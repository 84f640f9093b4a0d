package dev.kubelab.sandbox.api;

import java.util.List;
import java.util.Map;

/**
 * spec of a Service with Kubernetes' field names, in the order of the Go type. Unset values are what the
 * API server receives before defaulting: null strings/objects, empty lists, healthCheckNodePort 0.
 * type ClusterIP/NodePort/LoadBalancer/ExternalName; clusterIPs[0] == clusterIP ("None" when headless);
 * an empty selector means the Endpoints are managed by someone else (e.g. the apiserver for kubernetes).
 */
public record ServiceSpec(List<ServicePort> ports, Map<String, String> selector, String clusterIP,
                          List<String> clusterIPs, String type, List<String> externalIPs, String sessionAffinity,
                          String loadBalancerIP, List<String> loadBalancerSourceRanges, String externalName,
                          String externalTrafficPolicy, int healthCheckNodePort, boolean publishNotReadyAddresses,
                          SessionAffinityConfig sessionAffinityConfig, List<String> ipFamilies,
                          String ipFamilyPolicy, Boolean allocateLoadBalancerNodePorts, String loadBalancerClass,
                          String internalTrafficPolicy) {
    public ServiceSpec {
        ports = ports == null ? List.of() : List.copyOf(ports);
        selector = selector == null ? Map.of() : Map.copyOf(selector);
        clusterIPs = clusterIPs == null ? List.of() : List.copyOf(clusterIPs);
        externalIPs = externalIPs == null ? List.of() : List.copyOf(externalIPs);
        loadBalancerSourceRanges = loadBalancerSourceRanges == null ? List.of() : List.copyOf(loadBalancerSourceRanges);
        ipFamilies = ipFamilies == null ? List.of() : List.copyOf(ipFamilies);
    }

    /** The original short shape: every other field unset. */
    public ServiceSpec(String type, String clusterIP, List<String> clusterIPs, List<ServicePort> ports,
                       Map<String, String> selector, List<String> externalIPs, String externalName,
                       String sessionAffinity) {
        this(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity, null, List.of(),
                externalName, null, 0, false, null, List.of(), null, null, null, null);
    }

    /** What the API server stores for a single-stack IPv4 cluster: ipFamilies, policy, internalTrafficPolicy. */
    public ServiceSpec withSingleStackIPv4() {
        return new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity,
                loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort,
                publishNotReadyAddresses, sessionAffinityConfig, List.of("IPv4"), "SingleStack",
                allocateLoadBalancerNodePorts, loadBalancerClass, "Cluster");
    }

    /** The same spec selecting other pods (kubectl set selector). */
    public ServiceSpec withSelector(Map<String, String> newSelector) {
        return new ServiceSpec(ports, newSelector, clusterIP, clusterIPs, type, externalIPs, sessionAffinity,
                loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort,
                publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy,
                allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy);
    }
}
