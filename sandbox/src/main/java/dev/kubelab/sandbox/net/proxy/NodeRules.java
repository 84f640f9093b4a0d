package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * What one node's kernel holds for services: iptables tables and (IPVS mode) virtual servers. mode is null when
 * no kube-proxy runs on the node; the tables then hold only the kubelet's chains.
 */
public record NodeRules(String node, ProxyMode mode, IptablesRules iptables, List<VirtualServer> ipvs) {
    public NodeRules {
        ipvs = List.copyOf(ipvs);
    }

    public boolean running() {
        return mode != null;
    }

    /** The addresses kube-proxy binds to kube-ipvs0 (IPVS mode): every VIP except the node's own address. */
    public List<String> ipvsAddresses(String nodeIp) {
        return ipvs.stream().filter(v -> v.kind() != VirtualServer.Kind.NODE_PORT).map(VirtualServer::ip)
                .filter(ip -> !ip.equals(nodeIp)).distinct().toList();
    }
}
