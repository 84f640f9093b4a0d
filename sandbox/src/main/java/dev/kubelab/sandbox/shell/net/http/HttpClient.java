package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dataplane.Connection;
import dev.kubelab.sandbox.net.dns.Resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP exchange from a viewpoint: resolve the host as the C library would, open a connection through the
 * dataplane (kube-proxy rules, routing), then ask whatever accepted it. TLS is modelled only as far as a
 * learner meets it: plain HTTP to a TLS port, HTTPS to a plain one, and a certificate curl cannot verify.
 */
public final class HttpClient {
    private final Viewpoint from;
    private final Network network;
    private final WebServer servers;

    public HttpClient(Viewpoint from, Network network, ChangedFiles changed) {
        this.from = from;
        this.network = network;
        this.servers = new WebServer(changed);
    }

    public Viewpoint from() {
        return from;
    }

    public Fetch fetch(Url url, String method, boolean insecure) {
        Resolution resolved = network.resolver().resolve(from, url.host());
        if (resolved instanceof Resolution.TimedOut) {
            return Fetch.failed(Fetch.Failure.RESOLVE_TIMEOUT, null, url.port(), null);
        }
        if (!(resolved instanceof Resolution.Found found) || found.addresses().isEmpty()) {
            return Fetch.failed(Fetch.Failure.RESOLVE, null, url.port(), null);
        }
        String ip = found.addresses().get(0);
        Connection c = network.dataplane().connect(from, ip, url.port(), "TCP");
        network.traces().record(url.text(), c);
        if (c instanceof Connection.Refused) {
            return Fetch.failed(Fetch.Failure.REFUSED, ip, url.port(), c);
        }
        if (c instanceof Connection.Unreachable) {
            return Fetch.failed(Fetch.Failure.UNREACHABLE, ip, url.port(), c);
        }
        if (!(c instanceof Connection.Established established)) {
            return Fetch.failed(Fetch.Failure.TIMEOUT, ip, url.port(), c);
        }
        boolean tlsServer = established.listener().tls();
        if (url.tls() && !tlsServer) {
            return Fetch.failed(Fetch.Failure.TLS_PLAIN, ip, url.port(), c);
        }
        if (url.tls() && !insecure) {
            return Fetch.failed(Fetch.Failure.TLS_UNTRUSTED, ip, url.port(), c);
        }
        if (!url.tls() && tlsServer) {
            // Go's TLS servers (API server, kubelet) answer plain HTTP with a 400 and this sentence.
            String body = "Client sent an HTTP request to an HTTPS server.\n";
            return new Fetch(Fetch.Failure.NONE, ip, url.port(), c, new HttpResponse(400, List.of(
                    Map.entry("Content-Type", "text/plain; charset=utf-8"), Map.entry("Connection", "close")), body));
        }
        Optional<HttpResponse> answer = servers.answer(established.listener(), method, url.path(),
                network.clock().now());
        return answer.map(r -> new Fetch(Fetch.Failure.NONE, ip, url.port(), c, r))
                .orElseGet(() -> Fetch.failed(Fetch.Failure.EMPTY_REPLY, ip, url.port(), c));
    }
}
