package dev.kubelab.sandbox.catalog;

import java.util.Map;

/**
 * One listening socket of a container's process: port/protocol, the HTTP answer (null = not HTTP, e.g. DNS or
 * a bare `nc -l`), and the directory it serves files from (null if it does not), so a volume shared with a
 * writer container changes what it answers. pages: the image's other files in that directory, by URL path
 * (nginx's /50x.html), served as they are until a learner changes them.
 */
public record Server(int port, String protocol, HttpAnswer http, String docroot, Map<String, String> pages) {
    public Server {
        pages = Map.copyOf(pages);
    }

    public Server(int port, String protocol, HttpAnswer http, String docroot) {
        this(port, protocol, http, docroot, Map.of());
    }

    public Server withPort(int newPort) {
        return new Server(newPort, protocol, http, docroot, pages);
    }
}
