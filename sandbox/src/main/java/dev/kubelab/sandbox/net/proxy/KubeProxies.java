package dev.kubelab.sandbox.net.proxy;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.store.ObjectStore;
import dev.kubelab.sandbox.store.WatchEvent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The kube-proxy DaemonSet's pods, one per node. A pod reads ConfigMap kube-system/kube-proxy only when it
 * starts, so the configuration (mode, strictARP) each pod was created with is remembered (by uid) from the store's watch stream: editing
 * the ConfigMap changes nothing until the pods are recreated. A node whose pod is missing or not running has
 * only the kubelet's rules (real nodes would keep stale ones; no rules is simpler and still shows the point).
 */
public final class KubeProxies {
    static final String NAMESPACE = "kube-system";
    static final String CONFIGMAP = "kube-proxy";
    static final String APP_LABEL = "k8s-app";

    private final ObjectStore store;
    private final Map<String, KubeProxyConfig> configByPodUid = new HashMap<>();
    /** Compiled rules per node, valid while the store stays at cachedVersion (connections read, never write). */
    private final Map<String, NodeRules> cache = new HashMap<>();
    private String cachedVersion = "";

    public KubeProxies(ObjectStore store) {
        this.store = store;
        KubeProxyConfig now = configured();
        for (Pod p : store.list(Pod.class, NAMESPACE)) {
            if (isKubeProxy(p)) {
                configByPodUid.put(p.metadata().uid(), now);
            }
        }
        store.subscribe(this::observe);
    }

    /** The mode the ConfigMap holds right now (what a pod created now would run). */
    public ProxyMode configuredMode() {
        return configured().mode();
    }

    private KubeProxyConfig configured() {
        return store.get(ConfigMap.class, NAMESPACE, CONFIGMAP)
                .map(cm -> KubeProxyConfig.of(cm.data().get("config.conf"))).orElse(KubeProxyConfig.DEFAULT);
    }

    /** The mode of the kube-proxy running on this node, or null when none runs there. */
    public ProxyMode modeOn(String node) {
        KubeProxyConfig config = configOn(node);
        return config == null ? null : config.mode();
    }

    /** The configuration the kube-proxy running on this node started with, or null when none runs there. */
    public KubeProxyConfig configOn(String node) {
        Pod chosen = null;
        for (Pod p : store.list(Pod.class, NAMESPACE)) {
            if (isKubeProxy(p) && node.equals(p.spec().nodeName()) && "Running".equals(p.status().phase())
                    && (chosen == null || chosen.metadata().deletionTimestamp() != null)) {
                chosen = p; // a replacement that already runs wins over the old pod still terminating
            }
        }
        return chosen == null ? null : configByPodUid.getOrDefault(chosen.metadata().uid(), KubeProxyConfig.DEFAULT);
    }

    /** The node's rules as kube-proxy has them for the store as it is now (compiled once per store change). */
    public NodeRules rulesOf(String node) {
        String version = store.resourceVersion();
        if (!version.equals(cachedVersion)) {
            cache.clear();
            cachedVersion = version;
        }
        return cache.computeIfAbsent(node, this::compile);
    }

    private NodeRules compile(String node) {
        ProxyMode mode = modeOn(node);
        if (mode == null) {
            return new NodeRules(node, null, IptablesCompiler.kubeletOnly(), List.of());
        }
        List<ServicePortInfo> services = ServicePorts.read(store);
        if (mode == ProxyMode.IPTABLES) {
            return new NodeRules(node, mode, IptablesCompiler.compile(services, node), List.of());
        }
        boolean anyNodePort = services.stream().anyMatch(s -> s.nodePort() != 0);
        return new NodeRules(node, mode, IpvsIptables.compile(anyNodePort),
                IpvsCompiler.compile(services, node, nodeIp(node)));
    }

    private String nodeIp(String node) {
        return store.get(Node.class, "", node).flatMap(n -> n.status().address("InternalIP")).orElse(null);
    }

    private void observe(WatchEvent event) {
        if (!(event.object() instanceof Pod) || !isKubeProxy((Pod) event.object())) {
            return;
        }
        String uid = event.object().metadata().uid();
        if (event.type() == WatchEvent.Type.ADDED) {
            configByPodUid.put(uid, configured());
        } else if (event.type() == WatchEvent.Type.DELETED) {
            configByPodUid.remove(uid);
        }
    }

    private static boolean isKubeProxy(Pod p) {
        return NAMESPACE.equals(p.metadata().namespace())
                && CONFIGMAP.equals(p.metadata().labels().get(APP_LABEL));
    }
}
