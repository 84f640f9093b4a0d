package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.net.dataplane.Connection;

/**
 * The outcome of one HTTP request as curl and wget report it: a response (from address:port), or the step
 * that failed. address is the resolved IP (null when resolution failed).
 */
public record Fetch(Failure failure, String address, int port, Connection connection, HttpResponse response) {
    /** Where a request can fail, in the order it is tried. */
    public enum Failure { NONE, RESOLVE, RESOLVE_TIMEOUT, REFUSED, TIMEOUT, UNREACHABLE, EMPTY_REPLY, TLS_PLAIN,
        TLS_UNTRUSTED }

    public boolean ok() {
        return failure == Failure.NONE;
    }

    static Fetch failed(Failure failure, String address, int port, Connection connection) {
        return new Fetch(failure, address, port, connection, null);
    }
}
