package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.net.dataplane.Connection;

/**
 * curl's error lines for each way a request fails, as the installed version words them: 7.81 (Ubuntu 22.04
 * nodes) prints the errno text where curl ≥ 7.86 says "Couldn't connect to server" (reference §8).
 */
final class CurlMessages {
    static final long KERNEL_CONNECT_MILLIS = Connection.KERNEL_CONNECT_MILLIS;
    static final long NO_ROUTE_MILLIS = Connection.NO_ROUTE_MILLIS;

    private CurlMessages() {
    }

    static int code(Fetch.Failure f) {
        switch (f) {
            case RESOLVE: case RESOLVE_TIMEOUT: return 6;
            case REFUSED: case UNREACHABLE: return 7;
            case TIMEOUT: return 28;
            case EMPTY_REPLY: return 52;
            case TLS_PLAIN: return 35;
            case TLS_UNTRUSTED: return 60;
            default: return 0;
        }
    }

    /** The text after "curl: (N) ". */
    static String text(Fetch fetch, Url url, CurlOptions o, boolean modern) {
        String where = "Failed to connect to " + url.host() + " port " + url.port() + " after ";
        switch (fetch.failure()) {
            case RESOLVE: case RESOLVE_TIMEOUT:
                return "Could not resolve host: " + url.host();
            case REFUSED:
                return where + "0 ms: " + (modern ? "Couldn't connect to server" : "Connection refused");
            case UNREACHABLE:
                return where + NO_ROUTE_MILLIS + " ms: " + (modern ? "Couldn't connect to server" : "No route to host");
            case TIMEOUT:
                long limit = o.connectLimitMillis();
                if (limit > 0) {
                    return modern ? where + (limit + 2) + " ms: Timeout was reached"
                            : "Connection timed out after " + (limit + 1) + " milliseconds";
                }
                return where + KERNEL_CONNECT_MILLIS + " ms: " + (modern ? "Couldn't connect to server"
                        : "Connection timed out");
            case EMPTY_REPLY:
                return "Empty reply from server";
            case TLS_PLAIN:
                return "OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number";
            case TLS_UNTRUSTED:
                return "SSL certificate problem: unable to get local issuer certificate";
            default:
                return "";
        }
    }

    /** The paragraph curl adds after a certificate it cannot verify. */
    static final String CERT_HELP = "More details here: https://curl.se/docs/sslcerts.html\n\n"
            + "curl failed to verify the legitimacy of the server and therefore could not\n"
            + "establish a secure connection to it. To learn more about this situation and\n"
            + "how to fix it, please visit the webpage mentioned above.\n";
}
