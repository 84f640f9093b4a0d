package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Locale;
import java.util.Optional;

/**
 * What /etc/hosts answers before DNS is asked: localhost everywhere, and the host's own name (a pod's name maps
 * to its IP in the kubelet-managed file; a node's name to its InternalIP). On the nodes the lab's hosts file also
 * names every node, so `ping node01` and `curl node01:30080` work from the control plane as they do from ssh.
 */
public final class HostsFile {
    private HostsFile() {
    }

    public static Optional<String> lookup(Viewpoint from, String name, ObjectStore store) {
        String n = DnsNames.absolute(name).toLowerCase(Locale.ROOT);
        if (n.equals("localhost")) {
            return Optional.of("127.0.0.1");
        }
        if (from.hostname() != null && n.equals(from.hostname().toLowerCase(Locale.ROOT)) && from.ip() != null) {
            return Optional.of(from.ip());
        }
        if (from.place() != Viewpoint.Place.NODE) {
            return Optional.empty();
        }
        return store.get(Node.class, "", n).flatMap(node -> node.status().address("InternalIP"));
    }

    /** The name an address has in /etc/hosts (for reverse lookups), if any. */
    public static Optional<String> reverse(Viewpoint from, String ip, ObjectStore store) {
        if (ip.equals("127.0.0.1")) {
            return Optional.of("localhost");
        }
        if (ip.equals(from.ip()) && from.hostname() != null) {
            return Optional.of(from.hostname());
        }
        if (from.place() != Viewpoint.Place.NODE) {
            return Optional.empty();
        }
        return store.list(Node.class, "").stream()
                .filter(node -> node.status().address("InternalIP").filter(ip::equals).isPresent())
                .map(node -> node.metadata().name()).findFirst();
    }
}
