package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;

import java.util.List;

/** Evaluates connections against routing, the node's kube-proxy rules and what listens where. */
public final class Dataplane {
    private final Network network;

    public Dataplane(Network network) {
        this.network = network;
    }

    /** Opens a connection from a viewpoint to ip:port over protocol ("TCP"/"UDP"). */
    public Connection connect(Viewpoint from, String ip, int port, String protocol) {
        return new Connection.TimedOut(List.of()); // the dataplane arrives with the net.dataplane work
    }
}
