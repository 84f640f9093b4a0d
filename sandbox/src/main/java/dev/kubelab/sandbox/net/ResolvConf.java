package dev.kubelab.sandbox.net;

import dev.kubelab.sandbox.cluster.ClusterFacts;

import java.util.List;

/** The parts of /etc/resolv.conf resolvers read: search domains, nameservers (first is asked), ndots. */
public record ResolvConf(List<String> search, List<String> nameservers, int ndots) {
    /** systemd-resolved's stub on the Ubuntu nodes: it forwards to the outside world, not to CoreDNS. */
    public static final String NODE_STUB = "127.0.0.53";

    public ResolvConf {
        search = List.copyOf(search);
        nameservers = List.copyOf(nameservers);
    }

    /** dnsPolicy ClusterFirst, as the kubelet writes it (reference §6.1). */
    public static ResolvConf clusterFirst(String namespace) {
        return new ResolvConf(List.of(namespace + ".svc.cluster.local", "svc.cluster.local", "cluster.local"),
                List.of(ClusterFacts.DNS_SERVICE_IP), 5);
    }

    public static ResolvConf node() {
        return new ResolvConf(List.of(), List.of(NODE_STUB), 1);
    }

    public static ResolvConf laptop() {
        return new ResolvConf(List.of(), List.of(World.LAPTOP_DNS), 1);
    }

    public String nameserver() {
        return nameservers.get(0);
    }

    /** The file's text, as containerd (pods) or systemd-resolved (nodes) writes it. */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (!search.isEmpty()) {
            out.append("search ").append(String.join(" ", search)).append('\n');
        }
        nameservers.forEach(ns -> out.append("nameserver ").append(ns).append('\n'));
        out.append(ndots == 5 ? "options ndots:5\n" : "options edns0 trust-ad\n");
        return out.toString();
    }
}
