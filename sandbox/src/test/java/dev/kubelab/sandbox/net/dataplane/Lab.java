package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.apiserver.ApiServerConfig;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.controller.ControllerManager;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Test helper: the kubeadm lab cluster (bootstrap, controllers, API server, kubectl) on a hand-driven clock,
 * with its Network — what the kube-proxy, dataplane and node-tool tests build their scenes with.
 */
public final class Lab {
    public static final long SEED = 20261127L;
    public static final Instant BOOT = Instant.parse("2026-11-27T10:00:00Z");

    private Instant now = BOOT;
    private final ObjectStore store = new ObjectStore();
    private final Seed seed;
    private final ControllerManager controllers;
    private final ApiServer api;
    private final Network network;

    public Lab() {
        this(SEED);
    }

    public Lab(long seedValue) {
        seed = new Seed(seedValue);
        KubeadmBootstrap.bootstrap(store, seed, now);
        controllers = ControllerManager.create(store, seed);
        controllers.reconcile(now);
        api = new ApiServer(store, seed, () -> now, ApiServerConfig.kubeadmDefaults());
        network = new Network(store, seed, () -> now);
    }

    public ObjectStore store() {
        return store;
    }

    public Network network() {
        return network;
    }

    public Dataplane dataplane() {
        return network.dataplane();
    }

    public Instant now() {
        return now;
    }

    /** Runs `kubectl ARGS` (split on spaces); returns what it printed. */
    public String kubectl(String args) {
        StringSink out = new StringSink();
        List<String> argv = Arrays.asList(args.trim().split("\\s+"));
        new Kubectl().run(argv, new KubectlContext(store, api, now, Streams.both(out), FileSystem::new));
        controllers.reconcile(now);
        return out.text();
    }

    /** Creates every object of a YAML manifest through the API server (defaulting, allocation). */
    public void apply(String yaml) {
        for (KubeObject o : ObjectCodec.decodeFile(yaml, "test.yaml")) {
            api.create(o);
        }
        controllers.reconcile(now);
    }

    /** Lets time pass so pods pull, start and become ready. */
    public void advance(Duration d) {
        Instant from = now;
        now = now.plus(d);
        controllers.runUntil(from, now, Duration.ofSeconds(1));
    }

    public void settle() {
        advance(Duration.ofSeconds(30));
    }

    /** Writes ConfigMap kube-system/kube-proxy with this mode, as `kubectl edit cm` would leave it. */
    public void setProxyMode(String mode) {
        setProxyMode(mode, false);
    }

    /** The same, with ipvs.strictARP as given. */
    public void setProxyMode(String mode, boolean strictArp) {
        String conf = "apiVersion: kubeproxy.config.k8s.io/v1alpha1\nbindAddress: 0.0.0.0\nipvs:\n  scheduler: \"\"\n"
                + "  strictARP: " + strictArp + "\nkind: KubeProxyConfiguration\nmode: \"" + mode + "\"\n";
        var existing = store.get(ConfigMap.class, "kube-system", "kube-proxy");
        if (existing.isPresent()) {
            store.update(new ConfigMap(existing.get().metadata(), Map.of("config.conf", conf)));
        } else {
            store.create(new ConfigMap(ObjectMeta.of("kube-proxy", "kube-system", seed.uid(), now,
                    Map.of("app", "kube-proxy")), Map.of("config.conf", conf)));
        }
    }

    /** Deletes the kube-proxy pods (the DaemonSet recreates them, reading the ConfigMap again). */
    public void restartKubeProxy() {
        kubectl("delete pod -n kube-system -l k8s-app=kube-proxy");
        settle();
    }

    public Service service(String namespace, String name) {
        return store.get(Service.class, namespace, name).orElseThrow();
    }

    public List<Pod> pods(String namespace, String app) {
        return store.list(Pod.class, namespace).stream()
                .filter(p -> app.equals(p.metadata().labels().get("app"))).toList();
    }

    public Pod pod(String namespace, String name) {
        return store.get(Pod.class, namespace, name).orElseThrow();
    }

    public Viewpoint fromPod(String namespace, String name) {
        return Viewpoint.pod(pod(namespace, name));
    }

    public Viewpoint fromNode(String node) {
        return Viewpoint.node(node, network.dataplane().addresses().nodeIp(node));
    }

    public Connection connect(Viewpoint from, String ip, int port) {
        return network.dataplane().connect(from, ip, port, "TCP");
    }
}
