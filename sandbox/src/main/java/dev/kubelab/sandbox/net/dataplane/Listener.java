package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.Server;

/**
 * What accepted a connection: a container of a pod (pod/container set), a node's own process (node set, e.g.
 * kube-proxy's metrics on 10249), or a host of the outside world (external set). server says how it answers;
 * tls marks HTTPS-only listeners (the API server on 6443); clientIp is the source address the server sees
 * (the node's after SNAT, the pod's own otherwise).
 */
public record Listener(Pod pod, Container container, String node, String external, Server server, boolean tls,
                       String clientIp) {}
