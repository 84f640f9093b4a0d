package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.net.proxy.ProxyFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One connection's journey: the client's node rules (pods and nodes), routing between hosts (Calico's IPIP
 * tunnel for pods on other nodes, eth0 between nodes, the announcing node for LoadBalancer and external IPs),
 * the next node's rules when the packet arrives there, and finally whoever listens — collecting hops.
 */
final class Flow {
    private final Dataplane dp;
    private final Viewpoint from;
    private final String protocol;
    private final NodeStage stage;
    private final List<Hop> hops = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private final Packet first;
    private final String clientNode;
    private final boolean hostLocal;
    private final Delivery delivery;

    Flow(Dataplane dp, Viewpoint from, String ip, int port, String protocol) {
        this.dp = dp;
        this.from = from;
        this.protocol = protocol.toUpperCase(Locale.ROOT);
        this.stage = new NodeStage(dp);
        this.clientNode = from.place() == Viewpoint.Place.OUTSIDE ? null : from.nodeName();
        this.hostLocal = from.place() == Viewpoint.Place.NODE
                || (from.pod() != null && from.pod().spec().hostNetwork());
        this.first = Packet.open(this.protocol, sourceAddress(ip), dp.state().nextPort(), ip, port);
        this.delivery = new Delivery(dp, this.protocol, first, hops);
    }

    Connection run() {
        hops.add(new Hop(clientLabel(), first.source(), first.destination(),
                delivery.echo() ? "echo request" : "connect " + protocol));
        if (!Ipv4.isAddress(first.dst())) {
            return delivery.timedOut(first, "not an IPv4 address");
        }
        if (Addresses.loopback(first.dst())) {
            return loopback(first);
        }
        if (clientNode == null) {
            return fromOutside(first);
        }
        return through(clientNode, first, hostLocal);
    }

    private Connection through(String node, Packet p, boolean locallyGenerated) {
        if (!visited.add(node)) {
            return delivery.timedOut(p, "routing loop");
        }
        NodeStage.Result r = stage.enter(node, p, locallyGenerated, hops);
        if (r.outcome() == NodeStage.Outcome.REFUSED) {
            return new Connection.Refused(hops);
        }
        if (r.outcome() == NodeStage.Outcome.DROPPED) {
            return new Connection.TimedOut(hops);
        }
        return route(node, r.packet());
    }

    private Connection route(String node, Packet p) {
        Addresses a = dp.addresses();
        if (a.local(node).contains(p.dst())) {
            return delivery.toNode(node, p);
        }
        Optional<Pod> pod = a.pod(p.dst());
        if (pod.isPresent()) {
            String podNode = pod.get().spec().nodeName();
            boolean remote = !node.equals(podNode);
            Packet out = stage.leave(node, p, remote ? a.tunnelIp(node) : a.nodeIp(node), hops);
            if (remote) {
                hops.add(new Hop(node + " route", out.source(), out.destination(), "via tunl0 (IPIP) to " + podNode));
            }
            return delivery.toPod(pod.get(), out);
        }
        Optional<String> other = a.nodeOwning(p.dst(), true);
        if (other.isPresent()) {
            boolean tunnel = p.dst().equals(a.tunnelIp(other.get()));
            Packet out = stage.leave(node, p, tunnel ? a.tunnelIp(node) : a.nodeIp(node), hops);
            hops.add(new Hop(node + " route", out.source(), out.destination(), "to " + other.get()
                    + (tunnel ? " via tunl0 (IPIP)" : " via eth0")));
            return through(other.get(), out, false);
        }
        Optional<World.ExternalHost> world = World.byIp(p.dst());
        if (world.isPresent()) {
            Packet out = stage.leave(node, p, a.nodeIp(node), hops);
            if (Ipv4.inCidr(out.src(), ProxyFacts.CLUSTER_CIDR)) {
                out = out.withSource(a.nodeIp(node));
                hops.add(new Hop(node + " nat cali-nat-outgoing", out.source(), out.destination(),
                        "MASQUERADE " + p.src() + " -> " + out.src() + " (Calico natOutgoing)"));
            }
            return delivery.toWorld(world.get(), out);
        }
        Optional<String> announcer = dp.neighbours().resolve(node, p.dst());
        if (announcer.isPresent() && !visited.contains(announcer.get())) {
            Packet out = stage.leave(node, p, a.nodeIp(node), hops);
            hops.add(new Hop(node + " route", out.source(), out.destination(), arpAnswer(announcer.get(), p.dst())));
            return through(announcer.get(), out, false);
        }
        return delivery.timedOut(p, Ipv4.inCidr(p.dst(), ProxyFacts.CLUSTER_CIDR) ? "no pod has this address"
                : "no host answers for " + p.dst());
    }

    /** The laptop reaches node addresses, announced LB/external IPs and the internet, nothing inside. */
    private Connection fromOutside(Packet p) {
        Addresses a = dp.addresses();
        Optional<String> node = a.nodeOwning(p.dst(), false);
        if (node.isPresent()) {
            return through(node.get(), p, false);
        }
        Optional<World.ExternalHost> world = World.byIp(p.dst());
        if (world.isPresent()) {
            return delivery.toWorld(world.get(), p);
        }
        Optional<String> announcer = dp.neighbours().resolve(from.hostname(), p.dst());
        if (announcer.isPresent()) {
            hops.add(new Hop("network", p.source(), p.destination(), arpAnswer(announcer.get(), p.dst())));
            return through(announcer.get(), p, false);
        }
        if (p.dst().equals(first.src())) {
            hops.add(new Hop(clientLabel(), p.source(), p.destination(), "nothing listens here: RST"));
            return new Connection.Refused(hops);
        }
        return delivery.timedOut(p, "no route from outside the cluster to " + p.dst());
    }

    /** "node01 answers ARP for …", naming the other nodes that answer too (IPVS without strictARP). */
    private String arpAnswer(String node, String ip) {
        List<String> others = new ArrayList<>(dp.neighbours().answerers(ip));
        others.remove(node);
        return node + " answers ARP for " + ip + (others.isEmpty() ? "" : " (so do " + String.join(", ", others)
                + ": the ARP cache keeps the first reply)");
    }

    private Connection loopback(Packet p) {
        Pod pod = from.pod();
        if (pod != null && !pod.spec().hostNetwork() && delivery.echo()) {
            return delivery.echoReply(p, new Listener(pod, null, null, null, null, false, p.src()), clientLabel());
        }
        if (pod != null && !pod.spec().hostNetwork()) {
            return PodListeners.at(pod, p.dport(), protocol, p.src(), dp.network().catalog())
                    .map(l -> delivery.established(p, l, clientLabel()))
                    .orElseGet(() -> delivery.refused(p, clientLabel(), "nothing listens on " + p.destination()));
        }
        if (clientNode != null) {
            return delivery.toNode(clientNode, p);
        }
        return delivery.refused(p, clientLabel(), "nothing listens on " + p.destination());
    }

    /** The address the kernel picks: tunl0's for a pod on another node, loopback for 127.x, eth0's otherwise. */
    private String sourceAddress(String dst) {
        if (Ipv4.isAddress(dst) && Addresses.loopback(dst)) {
            return from.place() == Viewpoint.Place.OUTSIDE ? from.ip() : "127.0.0.1";
        }
        if (!hostLocal || clientNode == null) {
            return from.ip();
        }
        Optional<Pod> pod = Ipv4.isAddress(dst) ? dp.addresses().pod(dst) : Optional.empty();
        if (pod.isPresent() && !clientNode.equals(pod.get().spec().nodeName())) {
            return dp.addresses().tunnelIp(clientNode);
        }
        String ip = dp.addresses().nodeIp(clientNode);
        return ip != null ? ip : from.ip();
    }

    private String clientLabel() {
        if (from.pod() != null) {
            return "pod " + from.pod().metadata().namespace() + "/" + from.pod().metadata().name();
        }
        return from.place() == Viewpoint.Place.NODE ? "node " + from.nodeName() : from.hostname();
    }
}
