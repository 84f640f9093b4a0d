package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.proxy.NodeRules;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the node tools share: the node they run on and its rules as kube-proxy left them right now. */
final class NodeTools {
    /** ctime(3): "Fri Nov 27 05:01:02 2026" (the nodes run in UTC). */
    static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    final Viewpoint from;
    final Network network;

    NodeTools(Viewpoint from, Network network) {
        this.from = from;
        this.network = network;
    }

    String node() {
        return from.nodeName();
    }

    NodeRules rules() {
        return network.dataplane().kubeProxies().rulesOf(node());
    }

    String nodeIp() {
        return network.dataplane().addresses().nodeIp(node());
    }
}
