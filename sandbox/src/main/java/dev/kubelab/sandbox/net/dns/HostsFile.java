package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.net.Viewpoint;

import java.util.Locale;
import java.util.Optional;

/**
 * What /etc/hosts answers before DNS is asked: localhost everywhere, and the host's own name (a pod's name maps
 * to its IP in the kubelet-managed file; a node's name to its InternalIP).
 */
public final class HostsFile {
    private HostsFile() {
    }

    public static Optional<String> lookup(Viewpoint from, String name) {
        String n = DnsNames.absolute(name).toLowerCase(Locale.ROOT);
        if (n.equals("localhost")) {
            return Optional.of("127.0.0.1");
        }
        if (from.hostname() != null && n.equals(from.hostname().toLowerCase(Locale.ROOT)) && from.ip() != null) {
            return Optional.of(from.ip());
        }
        return Optional.empty();
    }

    /** The name an address has in /etc/hosts (for reverse lookups), if any. */
    public static Optional<String> reverse(Viewpoint from, String ip) {
        if (ip.equals("127.0.0.1")) {
            return Optional.of("localhost");
        }
        return ip.equals(from.ip()) && from.hostname() != null ? Optional.of(from.hostname()) : Optional.empty();
    }
}
