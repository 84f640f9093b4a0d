package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.controller.metallb.L2Announcements;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.net.proxy.KubeProxies;
import dev.kubelab.sandbox.net.proxy.KubeProxyConfig;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * ARP on the lab network (172.30.0.0/16) for addresses that no host has on eth0: LoadBalancer IPs and
 * externalIPs. MetalLB's speaker answers for the IPs it announces in layer2 mode; a node whose kube-proxy runs
 * IPVS without strictARP answers too, for every address on its kube-ipvs0 (so also for externalIPs, which
 * otherwise nobody answers for). The replies arrive in a random (seeded) order; a host's neighbour cache keeps
 * the first and goes on using that node while it still answers; every later who-has (arping) starts a new race.
 */
public final class Neighbours {
    static final String LAB_NETWORK = "172.30.0.0/16";

    private final ObjectStore store;
    private final KubeProxies proxies;
    private final Seed seed;
    private final Map<String, String> cache = new HashMap<>();

    Neighbours(ObjectStore store, KubeProxies proxies, Seed seed) {
        this.store = store;
        this.proxies = proxies;
        this.seed = seed;
    }

    /**
     * The nodes that reply to a who-has for ip on the lab network, by name: the node whose eth0 has it, MetalLB's
     * speaker, and nodes answering for their kube-ipvs0 (any address there, even a ClusterIP).
     */
    public List<String> answerers(String ip) {
        TreeSet<String> out = new TreeSet<>();
        if (!Ipv4.isAddress(ip)) {
            return List.of();
        }
        for (Service s : store.view(Service.class, null)) {
            for (LoadBalancerIngress in : s.status().loadBalancerIngress()) {
                if (ip.equals(in.ip())) {
                    (L2Announcements.managed(s) ? L2Announcements.node(store, s) : firstReadyWorker())
                            .ifPresent(out::add);
                }
            }
        }
        for (Node n : store.view(Node.class, null)) {
            String name = n.metadata().name();
            KubeProxyConfig config = proxies.configOn(name);
            String nodeIp = n.status().address("InternalIP").orElse(null);
            if (ip.equals(nodeIp)) {
                out.add(name);
            } else if (config != null && config.answersArpForVirtualIps()
                    && proxies.rulesOf(name).ipvsAddresses(nodeIp).contains(ip)) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The node a host's packets for ip go to: its cached entry while that node still answers, else a race. Only
     * addresses on the lab network are resolved; others go to the default gateway, which knows none of them.
     */
    public Optional<String> resolve(String host, String ip) {
        if (!Ipv4.isAddress(ip) || !Ipv4.inCidr(ip, LAB_NETWORK)) {
            return Optional.empty();
        }
        List<String> answering = answerers(ip);
        String cached = cache.get(host + "|" + ip);
        if (cached != null && answering.contains(cached)) {
            return Optional.of(cached);
        }
        List<String> replies = race(answering);
        return replies.isEmpty() ? Optional.empty() : Optional.of(remember(host, ip, replies.get(0)));
    }

    /** One broadcast who-has from the host: the replies in arrival order; its cache keeps the first one. */
    public List<String> probe(String host, String ip) {
        List<String> replies = race(answerers(ip));
        replies.remove(host);
        if (!replies.isEmpty()) {
            remember(host, ip, replies.get(0));
        }
        return replies;
    }

    private List<String> race(List<String> answering) {
        List<String> order = new ArrayList<>(answering);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = seed.nextInt(i + 1);
            String t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        return order;
    }

    private String remember(String host, String ip, String node) {
        cache.put(host + "|" + ip, node);
        return node;
    }

    private Optional<String> firstReadyWorker() {
        return store.view(Node.class, null).stream()
                .filter(n -> !n.metadata().labels().containsKey(Addresses.CONTROL_PLANE_LABEL))
                .filter(n -> n.status().condition("Ready").map(c -> "True".equals(c.status())).orElse(false))
                .map(n -> n.metadata().name()).findFirst();
    }
}
