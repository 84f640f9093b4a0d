package dev.kubelab.sandbox.net.proxy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One port of a Service with an IP, as kube-proxy's service change tracker sees it: the names its chains are
 * hashed from, where the service can be reached (cluster IP, node port, external and load-balancer IPs), the
 * traffic policies and session affinity (0 = none), and every endpoint the EndpointSlices list for the port.
 */
public record ServicePortInfo(String namespace, String name, String portName, String protocol, String clusterIP,
                              int port, int nodePort, List<String> externalIPs, List<String> loadBalancerIPs,
                              boolean internalLocal, boolean externalLocal, int affinitySeconds,
                              List<ProxyEndpoint> endpoints, Instant created) {
    public ServicePortInfo {
        externalIPs = List.copyOf(externalIPs);
        loadBalancerIPs = List.copyOf(loadBalancerIPs);
        endpoints = List.copyOf(endpoints);
    }

    /** "ns/name" or "ns/name:port": the service port name of comments and chain hashes. */
    public String servicePortName() {
        return namespace + "/" + name + (portName.isEmpty() ? "" : ":" + portName);
    }

    /** "tcp", "udp": how iptables spells the protocol. */
    public String proto() {
        return protocol.toLowerCase(Locale.ROOT);
    }

    public boolean externallyAccessible() {
        return nodePort != 0 || !externalIPs.isEmpty() || !loadBalancerIPs.isEmpty();
    }

    /** externalTrafficPolicy Local only counts for services reachable from outside. */
    public boolean externalPolicyLocal() {
        return externalLocal && externallyAccessible();
    }

    public boolean usesClusterEndpoints() {
        return !internalLocal || externallyAccessible();
    }

    public boolean usesLocalEndpoints() {
        return internalLocal || externalPolicyLocal();
    }

    public String svcChain() {
        return ChainNames.svc(servicePortName(), protocol);
    }

    public String svlChain() {
        return ChainNames.svl(servicePortName(), protocol);
    }

    public String extChain() {
        return ChainNames.ext(servicePortName(), protocol);
    }

    public String sepChain(ProxyEndpoint ep) {
        return ChainNames.sep(servicePortName(), protocol, ep.address());
    }
}
