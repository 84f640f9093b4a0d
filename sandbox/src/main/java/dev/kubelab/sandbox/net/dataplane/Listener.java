package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.catalog.Server;

import java.util.Map;
import java.util.Optional;

/**
 * What accepted a connection: a container of a pod (pod/container set), a node's own process (node set, e.g.
 * kube-proxy's metrics on 10249), or a host of the outside world (external set). server says how it answers;
 * tls marks HTTPS-only listeners (the API server on 6443); clientIp is the source address the server sees
 * (the node's after SNAT, the pod's own otherwise). pages holds per-path answers of servers that answer
 * differently per path (kube-proxy: /proxyMode, /healthz, /metrics); use {@link #http(String)}.
 */
public record Listener(Pod pod, Container container, String node, String external, Server server, boolean tls,
                       String clientIp, Map<String, HttpAnswer> pages) {
    public Listener {
        pages = pages == null ? Map.of() : Map.copyOf(pages);
    }

    public Listener(Pod pod, Container container, String node, String external, Server server, boolean tls,
                    String clientIp) {
        this(pod, container, node, external, server, tls, clientIp, Map.of());
    }

    /** The answer for a path: a page of its own, else the server's HTTP answer if it serves the path. */
    public Optional<HttpAnswer> http(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        if (pages.containsKey(p)) {
            return Optional.of(pages.get(p));
        }
        if (server != null && server.http() != null && server.http().serves(p)) {
            return Optional.of(server.http());
        }
        return Optional.empty();
    }

    /** Who answers, for traces: "pod default/web-… (nginx)", "node controlplane", "api.example.com". */
    public String describe() {
        if (pod != null) {
            return "pod " + pod.metadata().namespace() + "/" + pod.metadata().name()
                    + (container == null ? "" : " (" + container.name() + ")");
        }
        return node != null ? "node " + node : external;
    }
}
