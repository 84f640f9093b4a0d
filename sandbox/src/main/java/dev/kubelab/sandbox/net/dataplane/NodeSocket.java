package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.catalog.Server;

import java.util.Map;

/**
 * A listening socket of a node process: bind address ("0.0.0.0" = every IPv4 address of the node, "*" = a
 * dual-stack socket on every address, "[::]" = IPv6 only, or one address such as 127.0.0.1), the server, TLS,
 * per-path answers, and the process name traces show.
 */
record NodeSocket(String process, String bind, Server server, boolean tls, Map<String, HttpAnswer> pages) {
    NodeSocket {
        pages = Map.copyOf(pages);
    }

    static NodeSocket plain(String process, String bind, int port, String protocol) {
        return new NodeSocket(process, bind, new Server(port, protocol, null, null), false, Map.of());
    }

    static NodeSocket tls(String process, String bind, int port, HttpAnswer answer) {
        return new NodeSocket(process, bind, new Server(port, "TCP", answer, null), true, Map.of());
    }

    boolean accepts(String ip, int port, String protocol) {
        return server.port() == port && server.protocol().equalsIgnoreCase(protocol)
                && (bind.equals("0.0.0.0") || bind.equals("*") || bind.equals(ip));
    }
}
