package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.io.Streams;

/** curl -v: the "*" notes, "> " request and "< " response lines it writes to stderr, per version. */
final class CurlTranscript {
    private final Streams io;
    private final boolean on;
    private final boolean modern;
    private final String version;

    CurlTranscript(Streams io, boolean on, boolean modern, String version) {
        this.io = io;
        this.on = on;
        this.modern = modern;
        this.version = version;
    }

    void connecting(Url url, Fetch fetch) {
        if (!on) {
            return;
        }
        boolean literal = url.host().matches("[\\d.]+");
        if (fetch.address() == null) {
            note("Could not resolve host: " + url.host());
            note(modern ? "shutting down connection #0" : "Closing connection 0");
            return;
        }
        if (modern && !literal) {
            note("Host " + url.host() + ":" + url.port() + " was resolved.");
            note("IPv6: (none)");
            note("IPv4: " + fetch.address());
        }
        note("  Trying " + fetch.address() + ":" + url.port() + "...");
        switch (fetch.failure()) {
            case REFUSED:
            case UNREACHABLE:
            case TIMEOUT:
                note(modern ? "Closing connection" : "Closing connection 0");
                return;
            default:
                note("Connected to " + url.host() + " (" + fetch.address() + ") port " + url.port()
                        + (modern ? "" : " (#0)"));
        }
        if (modern) {
            note(url.tls() ? "ALPN: curl offers h2,http/1.1" : "using HTTP/1.x");
        }
    }

    void exchange(Url url, CurlOptions o, HttpResponse r) {
        if (!on) {
            return;
        }
        io.err().println("> " + o.effectiveMethod() + " " + url.path() + " HTTP/1.1");
        io.err().println("> Host: " + hostHeader(url, o));
        io.err().println("> User-Agent: " + (o.userAgent != null ? o.userAgent : "curl/" + version));
        io.err().println("> Accept: */*");
        o.headers.stream().filter(h -> !h.toLowerCase().startsWith("host:")).forEach(h -> io.err().println("> " + h));
        io.err().println("> ");
        note(modern ? "Request completely sent off" : "Mark bundle as not supporting multiuse");
        io.err().println("< " + r.statusLine());
        r.headers().forEach(h -> io.err().println("< " + h.getKey() + ": " + h.getValue()));
        io.err().println("< ");
    }

    void closed(Url url) {
        if (on) {
            note("Connection #0 to host " + url.host() + " left intact");
        }
    }

    private static String hostHeader(Url url, CurlOptions o) {
        for (String h : o.headers) {
            if (h.toLowerCase().startsWith("host:")) {
                return h.substring(5).trim();
            }
        }
        return url.hostHeader();
    }

    private void note(String text) {
        io.err().println("* " + text);
    }
}
