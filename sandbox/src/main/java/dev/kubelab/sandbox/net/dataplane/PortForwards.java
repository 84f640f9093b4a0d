package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sockets `kubectl port-forward` listens on: a node, the bind addresses (127.0.0.1 and ::1 for localhost,
 * 0.0.0.0 for every address), a local port, and the pod port it forwards to through the API server and kubelet.
 * Whoever runs the forward is told of each connection and says which pod (if any) answers it.
 */
public final class PortForwards {
    /** The running kubectl, told of each connection (it prints "Handling connection for 8080"). */
    public interface Handler {
        /** The pod that takes the connection, or null when kubectl has lost it (it prints the error and ends). */
        Pod connected(Forward forward);

        /** Nothing listens on the pod's port: kubectl prints the error and ends. */
        void refused(Forward forward, Pod pod);
    }

    /** One listening socket of one kubectl port-forward. */
    public record Forward(String node, String bind, int localPort, int remotePort, Handler handler) {
        boolean accepts(String node, String ip, int port) {
            return this.node.equals(node) && localPort == port && (bind.equals("0.0.0.0") || bind.equals(ip));
        }
    }

    private final List<Forward> open = new ArrayList<>();

    /** Starts listening; false when another forward holds that address and port (bind: address already in use). */
    public boolean listen(Forward forward) {
        boolean taken = open.stream().anyMatch(f -> f.node().equals(forward.node()) && f.localPort() == forward.localPort()
                && (f.bind().equals(forward.bind()) || f.bind().equals("0.0.0.0") || forward.bind().equals("0.0.0.0")));
        if (!taken) {
            open.add(forward);
        }
        return !taken;
    }

    public void close(Forward forward) {
        open.remove(forward);
    }

    Optional<Forward> accepting(String node, String ip, int port, String protocol) {
        if (!protocol.equalsIgnoreCase("TCP")) {
            return Optional.empty();
        }
        return open.stream().filter(f -> f.accepts(node, ip, port)).findFirst();
    }
}
