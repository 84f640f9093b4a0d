package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.Server;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.proxy.KubeProxies;
import dev.kubelab.sandbox.net.proxy.NodeRules;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What listens on a node itself: sshd, systemd-resolved, the kubelet, kube-proxy (when its pod runs there),
 * the control-plane components on the control plane (when their static pods run), Calico's BIRD, and the
 * servers of any other host-network pod on the node.
 */
final class NodeProcesses {
    private static final String JSON = "application/json";

    private NodeProcesses() {
    }

    static List<NodeSocket> on(String node, ObjectStore store, KubeProxies proxies, ImageCatalog catalog,
                               Instant now) {
        List<NodeSocket> out = new ArrayList<>();
        String nodeIp = new Addresses(store).nodeIp(node);
        out.add(NodeSocket.plain("sshd", "0.0.0.0", 22, "TCP"));
        out.add(NodeSocket.plain("sshd", "[::]", 22, "TCP"));
        out.add(NodeSocket.plain("systemd-resolved", ResolvConf.NODE_STUB, 53, "UDP"));
        out.add(NodeSocket.plain("systemd-resolved", ResolvConf.NODE_STUB, 53, "TCP"));
        out.add(new NodeSocket("kubelet", "127.0.0.1", new Server(10248, "TCP",
                new HttpAnswer(200, List.of("/healthz"), Map.of("Content-Type", "text/plain; charset=utf-8"), "ok"),
                null), false, Map.of()));
        // containerd's CRI streaming server (exec, port-forward) on a port the kernel picked at boot
        out.add(NodeSocket.plain("containerd", "127.0.0.1", 33000 + Math.floorMod(node.hashCode(), 9000), "TCP"));
        // Go's Listen(":10250") is one dual-stack socket: ss shows it as *:10250
        out.add(NodeSocket.tls("kubelet", "*", 10250,
                new HttpAnswer(401, List.of("*"), Map.of("Content-Type", "text/plain; charset=utf-8"), "Unauthorized")));
        if (proxies.modeOn(node) != null) {
            NodeRules rules = proxies.rulesOf(node);
            out.add(KubeProxyPages.metrics(rules, now));
            out.add(KubeProxyPages.healthz(now));
        }
        if (running(store, node, "component", "kube-apiserver")) {
            out.add(new NodeSocket("kube-apiserver", "*", new Server(6443, "TCP", forbidden(), null), true,
                    Map.of("/healthz", ok(), "/livez", ok(), "/readyz", ok())));
        }
        if (running(store, node, "component", "etcd")) {
            // kubeadm's etcd flags: clients on loopback and the node IP, peers on the node IP, metrics on :2381
            out.add(NodeSocket.tls("etcd", "127.0.0.1", 2379, null));
            out.add(NodeSocket.tls("etcd", nodeIp, 2379, null));
            out.add(NodeSocket.tls("etcd", nodeIp, 2380, null));
            out.add(NodeSocket.plain("etcd", "127.0.0.1", 2381, "TCP"));
        }
        if (running(store, node, "component", "kube-controller-manager")) {
            out.add(NodeSocket.tls("kube-controller-manager", "127.0.0.1", 10257, null));
        }
        if (running(store, node, "component", "kube-scheduler")) {
            out.add(NodeSocket.tls("kube-scheduler", "127.0.0.1", 10259, null));
        }
        if (running(store, node, "k8s-app", "calico-node")) {
            out.add(NodeSocket.plain("bird", "0.0.0.0", 179, "TCP"));
            out.add(NodeSocket.plain("calico-node", "127.0.0.1", 9099, "TCP")); // felix's health endpoint
        }
        hostNetworkPods(node, store, catalog, out);
        return out;
    }

    /** A learner's hostNetwork pod listens on the node's addresses, next to the node's own processes. */
    private static void hostNetworkPods(String node, ObjectStore store, ImageCatalog catalog, List<NodeSocket> out) {
        for (Pod p : store.view(Pod.class, null)) {
            if (!p.spec().hostNetwork() || !node.equals(p.spec().nodeName()) || !"Running".equals(p.status().phase())
                    || "kube-system".equals(p.metadata().namespace())) {
                continue;
            }
            for (Container c : p.spec().containers()) {
                for (Server s : catalog.process(c).servers()) {
                    boolean taken = out.stream().anyMatch(o -> o.server().port() == s.port()
                            && o.server().protocol().equalsIgnoreCase(s.protocol()));
                    if (!taken && PodListeners.containerRunning(p, c.name())) {
                        out.add(new NodeSocket("pod " + p.metadata().name(), "0.0.0.0", s, false, Map.of()));
                    }
                }
            }
        }
    }

    private static boolean running(ObjectStore store, String node, String label, String value) {
        return store.view(Pod.class, "kube-system").stream().anyMatch(p -> value.equals(p.metadata().labels().get(label))
                && node.equals(p.spec().nodeName()) && "Running".equals(p.status().phase()));
    }

    private static HttpAnswer ok() {
        return new HttpAnswer(200, List.of("*"), Map.of("Content-Type", "text/plain; charset=utf-8"), "ok");
    }

    /** What the API server tells an anonymous client on "/" (kubeadm keeps /healthz etc. public). */
    private static HttpAnswer forbidden() {
        return new HttpAnswer(403, List.of("/"), Map.of("Content-Type", JSON), "{\n  \"kind\": \"Status\",\n"
                + "  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Failure\",\n"
                + "  \"message\": \"forbidden: User \\\"system:anonymous\\\" cannot get path \\\"/\\\"\",\n"
                + "  \"reason\": \"Forbidden\",\n  \"details\": {},\n  \"code\": 403\n}");
    }
}
