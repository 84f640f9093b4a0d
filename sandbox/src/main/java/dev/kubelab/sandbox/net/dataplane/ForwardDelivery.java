package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;

import java.util.List;
import java.util.Optional;

/** The last hop of a connection to a port kubectl port-forward listens on. */
final class ForwardDelivery {
    private ForwardDelivery() {
    }

    /**
     * kubectl port-forward accepts; the API server and the kubelet carry the stream to the pod, which sees it come
     * from its own localhost. When kubectl cannot reach the pod the local connection closes without a reply.
     */
    static Connection deliver(Dataplane dp, String node, PortForwards.Forward f, Packet p, Packet first,
                              String protocol, List<Hop> hops) {
        Pod pod = f.handler().connected(f);
        String where = "node " + node + " (kubectl port-forward)";
        if (pod == null) {
            hops.add(new Hop(where, p.source(), p.destination(), "accepted, but kubectl lost its pod: closed"));
            return new Connection.Established(p.dst(), p.dport(),
                    new Listener(null, null, node, null, null, false, p.src()), hops);
        }
        String podWhere = "pod " + pod.metadata().namespace() + "/" + pod.metadata().name();
        String target = pod.status().podIP() + ":" + f.remotePort();
        hops.add(new Hop(where, p.source(), p.destination(), "accepted; forwarded through the API server and the "
                + "kubelet to " + podWhere + " port " + f.remotePort()));
        Optional<Listener> l = PodListeners.at(pod, f.remotePort(), protocol, "127.0.0.1", dp.network().catalog());
        hops.add(new Hop(podWhere, "127.0.0.1", "127.0.0.1:" + f.remotePort(), l.isPresent()
                ? "accepted (" + f.remotePort() + "/" + protocol + "); the server sees the client as 127.0.0.1"
                : "nothing listens on port " + f.remotePort() + ": kubectl reports the error"));
        if (l.isEmpty()) {
            f.handler().refused(f, pod);
        }
        hops.add(new Hop("reply", first.destination(), first.source(), "back through kubectl from " + target));
        return new Connection.Established(p.dst(), p.dport(), l.orElse(new Listener(null, null, node, null, null,
                false, p.src())), hops);
    }
}
