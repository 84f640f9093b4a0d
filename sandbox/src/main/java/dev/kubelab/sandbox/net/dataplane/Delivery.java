package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.World;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of a connection's journey ({@link Flow}): whoever listens where the packet arrived — a pod, a node's
 * process or port-forward, a host on the internet — accepts it (with the reply's way back), refuses it (RST), or
 * nothing answers; the last hops.
 */
final class Delivery {
    private final Dataplane dp;
    private final String protocol;
    /** The packet as the client sent it: what the reply's reverse NAT restores. */
    private final Packet first;
    private final List<Hop> hops;

    Delivery(Dataplane dp, String protocol, Packet first, List<Hop> hops) {
        this.dp = dp;
        this.protocol = protocol;
        this.first = first;
        this.hops = hops;
    }

    Connection toPod(Pod pod, Packet p) {
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

    Connection toNode(String node, Packet p) {
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

    Connection toWorld(World.ExternalHost host, Packet p) {
        if (echo()) {
            return echoReply(p, new Listener(null, null, null, host.name(), null, false, p.src()), host.name());
        }
        return host.listening(p.dport()).filter(s -> s.protocol().equalsIgnoreCase(protocol))
                .map(s -> established(p, new Listener(null, null, null, host.name(), s, p.dport() == 443, p.src()),
                        host.name()))
                .orElseGet(() -> refused(p, host.name(), "nothing listens on port " + p.dport()));
    }

    Connection established(Packet p, Listener l, String where) {
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
    boolean echo() {
        return protocol.equals(Dataplane.ICMP);
    }

    Connection echoReply(Packet p, Listener kernel, String where) {
        hops.add(new Hop(where, p.source(), p.destination(), "echo reply"));
        return new Connection.Established(p.dst(), 0, kernel, hops);
    }

    Connection refused(Packet p, String where, String why) {
        hops.add(new Hop(where, p.source(), p.destination(), why + ": RST"));
        return new Connection.Refused(hops);
    }

    Connection timedOut(Packet p, String why) {
        hops.add(new Hop("dropped", p.source(), p.destination(), why));
        return new Connection.TimedOut(hops);
    }
}
