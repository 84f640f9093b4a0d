package dev.kubelab.sandbox.catalog;

/**
 * One listening socket of a container's process: port/protocol, the HTTP answer (null = not HTTP, e.g. DNS or
 * a bare `nc -l`), and the directory it serves files from (null if it does not), so a volume shared with a
 * writer container changes what it answers.
 */
public record Server(int port, String protocol, HttpAnswer http, String docroot) {
    public Server withPort(int newPort) {
        return new Server(newPort, protocol, http, docroot);
    }
}
