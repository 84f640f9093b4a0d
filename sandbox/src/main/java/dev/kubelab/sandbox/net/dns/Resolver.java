package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;

/** glibc-style name resolution for curl, wget, getent, ping: /etc/hosts, then DNS with the search list. */
public final class Resolver {
    private final Network network;

    public Resolver(Network network) {
        this.network = network;
    }

    /** An IPv4 literal resolves to itself; anything else is looked up from the viewpoint's resolv.conf. */
    public Resolution resolve(Viewpoint from, String name) {
        if (name.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return new Resolution.Found(name, java.util.List.of(name));
        }
        return new Resolution.NotFound(); // DNS arrives with the net.dns work
    }
}
