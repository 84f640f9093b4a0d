package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** iptables, iptables-save, ipvsadm and ip on a node (root), reading the node's kube-proxy rules. */
public final class ProxyTools {
    private ProxyTools() {
    }

    /** arping on the laptop: who answers ARP on the lab network, and its neighbour cache. */
    public static Builtin arping(Viewpoint from, Network network) {
        return new Arping(from, network);
    }

    public static List<Builtin> forNode(Viewpoint from, Network network) {
        NodeTools tools = new NodeTools(from, network);
        return List.of(new IptablesSave(tools), new Iptables(tools), new Ipvsadm(tools), new IpCommand(tools));
    }
}
