package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * One IPVS virtual service: protocol, address, port, scheduler (rr), persistence timeout in seconds (0 = none,
 * ClientIP affinity otherwise) and its real servers. kind says what the address is, which decides masquerading:
 * a cluster IP masquerades off-cluster clients only; node ports, external and LB IPs masquerade unless
 * externalTrafficPolicy is Local.
 */
public record VirtualServer(String protocol, String ip, int port, String scheduler, int persistentSeconds,
                            Kind kind, boolean externalLocal, String service, List<RealServer> destinations) {
    public enum Kind { CLUSTER_IP, EXTERNAL_IP, LOAD_BALANCER, NODE_PORT }

    public VirtualServer {
        destinations = List.copyOf(destinations);
    }

    /** A backend: Masq forwarding, weight 1 (kube-proxy sets 0 while an endpoint terminates). */
    public record RealServer(String ip, int port, int weight) {
        public String address() {
            return ip + ":" + port;
        }
    }

    public String address() {
        return ip + ":" + port;
    }

    /** "TCP  10.96.0.1:443 rr" identity, also the key of round-robin and persistence state. */
    public String key() {
        return protocol + " " + address();
    }

    public boolean masquerades(String clientIp) {
        if (kind == Kind.CLUSTER_IP) {
            return !Ipv4.inCidr(clientIp, ProxyFacts.CLUSTER_CIDR);
        }
        return !externalLocal;
    }
}
