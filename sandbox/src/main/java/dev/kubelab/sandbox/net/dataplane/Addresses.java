package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who owns which address in the lab network: nodes (eth0 = InternalIP, tunl0 = the first address of their
 * Calico block, e.g. 192.168.1.1) and pods (their pod IP); LoadBalancer and external IPs are {@link Neighbours}'.
 */
public final class Addresses {
    static final String CONTROL_PLANE_LABEL = "node-role.kubernetes.io/control-plane";

    private final ObjectStore store;

    public Addresses(ObjectStore store) {
        this.store = store;
    }

    public Optional<Node> node(String name) {
        return store.get(Node.class, "", name);
    }

    public String nodeIp(String node) {
        return node(node).flatMap(n -> n.status().address("InternalIP")).orElse(null);
    }

    /** tunl0's address: the node's block 192.168.N.0/24 → 192.168.N.1 (pods start at .2). */
    public String tunnelIp(String node) {
        String cidr = node(node).map(n -> n.spec().podCIDR()).orElse(null);
        if (cidr == null || !cidr.endsWith(".0/24")) {
            return null;
        }
        return cidr.substring(0, cidr.length() - "0/24".length()) + "1";
    }

    /** The node whose eth0 (or, with tunnels, tunl0) has this address. */
    public Optional<String> nodeOwning(String ip, boolean includeTunnels) {
        for (Node n : store.view(Node.class, null)) {
            String name = n.metadata().name();
            if (ip.equals(nodeIp(name)) || (includeTunnels && ip.equals(tunnelIp(name)))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The addresses a node's kernel calls LOCAL (addrtype): loopback, eth0, tunl0. */
    public Set<String> local(String node) {
        Set<String> out = new HashSet<>();
        out.add("127.0.0.1");
        if (nodeIp(node) != null) {
            out.add(nodeIp(node));
        }
        if (tunnelIp(node) != null) {
            out.add(tunnelIp(node));
        }
        return out;
    }

    /** The pod (not host-network) holding this IP, a running one first. */
    public Optional<Pod> pod(String ip) {
        return store.view(Pod.class, null).stream()
                .filter(p -> !p.spec().hostNetwork() && p.status() != null && ip.equals(p.status().podIP()))
                .min(Comparator.comparing((Pod p) -> !"Running".equals(p.status().phase())));
    }

    public static boolean loopback(String ip) {
        return Ipv4.inCidr(ip, "127.0.0.0/8");
    }

    /** A MAC derived from a node's address (prefix + its last three octets), e.g. eth0's 52:54:00:1e:02:02. */
    public static String mac(String prefix, String ip) {
        String[] o = ip.split("\\.");
        return String.format("%s:%02x:%02x:%02x", prefix, Integer.parseInt(o[1]), Integer.parseInt(o[2]),
                Integer.parseInt(o[3]));
    }
}
