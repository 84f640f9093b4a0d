package dev.kubelab.sandbox.shell.net.ping;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dataplane.Connection;
import dev.kubelab.sandbox.net.dataplane.Dataplane;
import dev.kubelab.sandbox.net.dataplane.Listener;

import java.util.Objects;

/**
 * Sends an echo request through the dataplane, as curl's connections go (kube-proxy rules, routing, who owns
 * the address): a ClusterIP answers nothing in iptables mode (no rule matches ICMP, nobody owns the address),
 * and in IPVS mode kube-proxy's KUBE-IPVS-FILTER REJECTs it (port unreachable). TTL: 64 less one for each node
 * that forwards the reply; round trips from where the answer comes from.
 */
final class EchoProbe {
    private static final int TTL = 64;
    /** A public host's replies cross about a dozen routers. */
    private static final int INTERNET_TTL = 53;

    private EchoProbe() {
    }

    static Echo send(Network network, Viewpoint from, String ip) {
        Connection c = network.dataplane().connect(from, ip, 0, Dataplane.ICMP);
        network.traces().record("ping " + ip, c);
        if (c instanceof Connection.Refused) {
            return new Echo(Echo.Kind.PORT_UNREACHABLE, ip, 0, 0);
        }
        if (!(c instanceof Connection.Established reply)) {
            return Echo.lost();
        }
        Listener kernel = reply.listener();
        boolean clientInPod = from.pod() != null && !from.pod().spec().hostNetwork();
        String clientNode = from.nodeName();
        if (kernel.external() != null) {
            return new Echo(Echo.Kind.REPLY, ip, INTERNET_TTL - (clientInPod ? 1 : 0), 11800);
        }
        Pod pod = kernel.pod();
        if (pod != null && from.pod() != null && Objects.equals(pod.metadata().uid(), from.pod().metadata().uid())) {
            return new Echo(Echo.Kind.REPLY, ip, TTL, 32);
        }
        String replier = pod != null ? pod.spec().nodeName() : kernel.node();
        boolean sameNode = replier.equals(clientNode);
        int forwards;
        if (pod != null) {
            forwards = (clientInPod || !sameNode ? 1 : 0) + (clientInPod && !sameNode ? 1 : 0);
        } else {
            forwards = clientInPod && !sameNode ? 1 : 0;
        }
        int micros = clientNode == null ? 900 : sameNode ? (pod == null && !clientInPod ? 30 : 64) : 480;
        return new Echo(Echo.Kind.REPLY, ip, TTL - forwards, micros);
    }
}
