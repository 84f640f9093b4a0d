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

    Flow(Dataplane dp, Viewpoint from, String ip, int port, String protocol) {
        this.dp = dp;
        this.from = from;
        this.protocol = protocol.toUpperCase(Locale.ROOT);
        this.stage = new NodeStage(dp);
        this.clientNode = from.place() == Viewpoint.Place.OUTSIDE ? null : from.nodeName();
        this.hostLocal = from.place() == Viewpoint.Place.NODE
                || (from.pod() != null && from.pod().spec().hostNetwork());
        this.first = Packet.open(this.protocol, sourceAddress(ip), dp.state().nextPort(), ip, port);
    }

    Connection run() {
        hops.add(new Hop(clientLabel(), first.source(), first.destination(),
                echo() ? "echo request" : "connect " + protocol));
        if (!Ipv4.isAddress(first.dst())) {
            return timedOut(first, "not an IPv4 address");
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
            return timedOut(p, "routing loop");
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
            return deliverToNode(node, p);
        }
        Optional<Pod> pod = a.pod(p.dst());
        if (pod.isPresent()) {
            String podNode = pod.get().spec().nodeName();
            boolean remote = !node.equals(podNode);
            Packet out = stage.leave(node, p, remote ? a.tunnelIp(node) : a.nodeIp(node), hops);
            if (remote) {
                hops.add(new Hop(node + " route", out.source(), out.destination(), "via tunl0 (IPIP) to " + podNode));
            }
            return deliverToPod(pod.get(), out);
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
            return deliverToWorld(world.get(), out);
        }
        Optional<String> announcer = dp.neighbours().resolve(node, p.dst());
        if (announcer.isPresent() && !visited.contains(announcer.get())) {
            Packet out = stage.leave(node, p, a.nodeIp(node), hops);
            hops.add(new Hop(node + " route", out.source(), out.destination(), arpAnswer(announcer.get(), p.dst())));
            return through(announcer.get(), out, false);
        }
        return timedOut(p, Ipv4.inCidr(p.dst(), ProxyFacts.CLUSTER_CIDR) ? "no pod has this address"
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
            return deliverToWorld(world.get(), p);
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
        return timedOut(p, "no route from outside the cluster to " + p.dst());
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
        if (pod != null && !pod.spec().hostNetwork() && echo()) {
            return echoReply(p, new Listener(pod, null, null, null, null, false, p.src()), clientLabel());
        }
        if (pod != null && !pod.spec().hostNetwork()) {
            return PodListeners.at(pod, p.dport(), protocol, p.src(), dp.network().catalog())
                    .map(l -> established(p, l, clientLabel()))
                    .orElseGet(() -> refused(p, clientLabel(), "nothing listens on " + p.destination()));
        }
        if (clientNode != null) {
            return deliverToNode(clientNode, p);
        }
        return refused(p, clientLabel(), "nothing listens on " + p.destination());
    }

    private Connection deliverToPod(Pod pod, Packet p) {
        String where = "pod " + pod.metadata().namespace() + "/" + pod.metadata().name();
        if (!"Running".equals(pod.status().phase())) {
            return timedOut(p, where + " is " + pod.status().phase() + ": nothing answers");
        }
        if (echo()) {
            return echoReply(p, new Listener(pod, null, null, null, null, false, p.src()), where);
        }
        return PodListeners.at(pod, p.dport(), protocol, p.src(), dp.network().catalog())
                .map(l -> established(p, l, where))
                .orElseGet(() -> refused(p, where, "nothing listens on port " + p.dport() + "/" + protocol));
    }

    private Connection deliverToNode(String node, Packet p) {
        if (echo()) {
            return echoReply(p, new Listener(null, null, node, null, null, false, p.src()), "node " + node);
        }
        Optional<PortForwards.Forward> forward = dp.forwards().accepting(node, p.dst(), p.dport(), protocol);
        if (forward.isPresent()) {
            return ForwardDelivery.deliver(dp, node, forward.get(), p, first, protocol, hops);
        }
        for (NodeSocket s : NodeProcesses.on(node, dp.network().store(), dp.kubeProxies(), dp.network().catalog(),
                dp.now())) {
            if (s.accepts(p.dst(), p.dport(), protocol)) {
                Listener l = new Listener(null, null, node, null, s.server(), s.tls(), p.src(), s.pages());
                return established(p, l, "node " + node + " (" + s.process() + ")");
            }
        }
        return refused(p, "node " + node, "nothing listens on " + p.destination());
    }

    private Connection deliverToWorld(World.ExternalHost host, Packet p) {
        if (echo()) {
            return echoReply(p, new Listener(null, null, null, host.name(), null, false, p.src()), host.name());
        }
        return host.listening(p.dport()).filter(s -> s.protocol().equalsIgnoreCase(protocol))
                .map(s -> established(p, new Listener(null, null, null, host.name(), s, p.dport() == 443, p.src()),
                        host.name()))
                .orElseGet(() -> refused(p, host.name(), "nothing listens on port " + p.dport()));
    }

    private Connection established(Packet p, Listener l, String where) {
        hops.add(new Hop(where, p.source(), p.destination(), "accepted (" + p.dport() + "/" + protocol
                + "); the server sees the client as " + p.src()));
        List<String> undo = new ArrayList<>();
        if (!p.destination().equals(first.destination())) {
            undo.add("reverse DNAT " + p.destination() + " -> " + first.destination());
        }
        if (!p.src().equals(first.src())) {
            undo.add("reverse SNAT " + p.src() + " -> " + first.src());
        }
        hops.add(new Hop("reply", first.destination(), first.source(),
                undo.isEmpty() ? "straight back" : String.join(", ", undo)));
        return new Connection.Established(p.dst(), p.dport(), l, hops);
    }

    /** An ICMP echo request (ping) is answered by the kernel of whichever host it reaches, with no port. */
    private boolean echo() {
        return protocol.equals(Dataplane.ICMP);
    }

    private Connection echoReply(Packet p, Listener kernel, String where) {
        hops.add(new Hop(where, p.source(), p.destination(), "echo reply"));
        return new Connection.Established(p.dst(), 0, kernel, hops);
    }

    private Connection refused(Packet p, String where, String why) {
        hops.add(new Hop(where, p.source(), p.destination(), why + ": RST"));
        return new Connection.Refused(hops);
    }

    private Connection timedOut(Packet p, String why) {
        hops.add(new Hop("dropped", p.source(), p.destination(), why));
        return new Connection.TimedOut(hops);
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
