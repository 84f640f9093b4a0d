package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;

import java.util.Optional;

/**
 * Which DNS server answers at an address, seen from a viewpoint. Empty means the query times out: the kube-dns
 * ClusterIP with no ready CoreDNS endpoint, cluster addresses from the laptop, or nothing listening there.
 */
public final class NameServers {
    private static final int RESOLVED_UDP_SIZE = 65494;
    private final Network network;

    public NameServers(Network network) {
        this.network = network;
    }

    public Optional<DnsServer> reach(Viewpoint from, String ip) {
        boolean inCluster = from.place() != Viewpoint.Place.OUTSIDE;
        if (ip.equals(ClusterFacts.DNS_SERVICE_IP)) {
            return inCluster && coreDnsReady() ? Optional.of(coreDns(ip)) : Optional.empty();
        }
        if (ip.equals(ResolvConf.NODE_STUB)) {
            return from.place() == Viewpoint.Place.NODE
                    ? Optional.of(new ForwardingServer(ip, RESOLVED_UDP_SIZE, network.clock())) : Optional.empty();
        }
        if (ip.equals(World.LAPTOP_DNS)) {
            return Optional.of(new ForwardingServer(ip, 1232, network.clock()));
        }
        if (inCluster && isReadyCoreDnsPod(ip)) {
            return Optional.of(coreDns(ip));
        }
        return Optional.empty();
    }

    /** kube-dns has at least one ready endpoint: kube-proxy then has somewhere to send the query. */
    private boolean coreDnsReady() {
        ClusterObjects cluster = new ClusterObjects(network.store());
        return cluster.service("kube-system", "kube-dns").map(s -> !cluster.readyEndpoints(s).isEmpty()).orElse(false);
    }

    private boolean isReadyCoreDnsPod(String ip) {
        for (Pod pod : network.store().list(Pod.class, "kube-system")) {
            if ("kube-dns".equals(pod.metadata().labels().get("k8s-app")) && pod.status() != null
                    && ip.equals(pod.status().podIP()) && ready(pod)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ready(Pod pod) {
        for (PodCondition c : pod.status().conditions()) {
            if (c.type().equals("Ready")) {
                return c.status().equals("True");
            }
        }
        return false;
    }

    private DnsServer coreDns(String ip) {
        return new CoreDns(ip, network.store(), network.seed(), network.clock());
    }
}
