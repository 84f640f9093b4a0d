package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.apiserver.ApiServerLifecycle;
import dev.kubelab.sandbox.apiserver.ApiServerManifest;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.cluster.StaticPodManifests;
import dev.kubelab.sandbox.codec.ManifestParser;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The processes of a kubeadm node (Ubuntu 22.04, containerd): systemd and friends, containerd, the kubelet, and
 * one containerd shim + pause + main process per pod: on the control plane the four static pods, CoreDNS and
 * calico-kube-controllers; on every node kube-proxy and calico-node. kube-apiserver's command line is that of
 * the manifest its running (or starting) process came from.
 */
final class NodeProcesses {
    private static final String KUBELET = "/usr/bin/kubelet"
            + " --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
            + " --config=/var/lib/kubelet/config.yaml"
            + " --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock"
            + " --pod-infra-container-image=registry.k8s.io/pause:3.10";
    private static final String SHIM = "/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id %s"
            + " -address /run/containerd/containerd.sock";

    private final String node;
    private final Instant kubeadmInit;
    /** When this node's kubelet came up: `kubeadm init` on the control plane, `kubeadm join` on a worker. */
    private final Instant joined;
    private final Instant loginAt;
    private final ApiServerLifecycle apiServer;

    /** loginAt: when the learner's shell started (the sandbox's boot). */
    NodeProcesses(String node, Instant kubeadmInit, Instant joined, Instant loginAt, ApiServerLifecycle apiServer) {
        this.node = node;
        this.kubeadmInit = kubeadmInit;
        this.joined = joined;
        this.loginAt = loginAt;
        this.apiServer = apiServer;
    }

    List<ProcessRow> at(Instant now) {
        List<ProcessRow> rows = new ArrayList<>(SystemProcesses.of(joined.minus(Duration.ofMinutes(6))));
        rows.add(daemon(1041, joined.minusSeconds(2), 0.024, 2406644, 97412, "Ssl", KUBELET));
        if (node.equals(ClusterFacts.CONTROL_PLANE)) {
            controlPlane(rows, now);
        }
        Instant addons = joined.plusSeconds(20);
        pod(rows, 1663, addons, daemon(0, addons, 0.001, 1289448, 53692, "Ssl",
                "/usr/local/bin/kube-proxy --config=/var/lib/kube-proxy/config.conf --hostname-override=" + node));
        Instant calico = joined.plusSeconds(60);
        pod(rows, 2120, calico, daemon(0, calico, 0.0, 2276, 1384, "Ss", "runsvdir -P -H /etc/service/enabled"));
        rows.add(daemon(2431, calico.plusSeconds(2), 0.013, 1825428, 71212, "Sl", "calico-node -felix"));
        rows.add(daemon(2432, calico.plusSeconds(2), 0.001, 1529668, 58004, "Sl", "calico-node -confd"));
        rows.add(daemon(2433, calico.plusSeconds(2), 0.0, 1455936, 52120, "Sl", "calico-node -allocate-tunnel-addrs"));
        rows.add(daemon(2434, calico.plusSeconds(2), 0.0, 1455680, 51288, "Sl", "calico-node -monitor-addresses"));
        rows.add(daemon(2710, calico.plusSeconds(4), 0.0, 2880, 1996, "S",
                "bird -R -s /var/run/calico/bird.ctl -d -c /etc/calico/confd/config/bird.cfg"));
        if (node.equals(ClusterFacts.CONTROL_PLANE)) {
            Instant dns = kubeadmInit.plusSeconds(95);
            pod(rows, 2944, dns, new ProcessRow("65532", 0, 0, dns, 0.002, 1290312, 47316, "?", "Ssl",
                    "/coredns -conf /etc/coredns/Corefile"));
            pod(rows, 2951, dns, new ProcessRow("65532", 0, 0, dns, 0.002, 1290056, 46988, "?", "Ssl",
                    "/coredns -conf /etc/coredns/Corefile"));
            pod(rows, 3018, dns, new ProcessRow("999", 0, 0, dns, 0.001, 1275392, 43760, "?", "Ssl",
                    "/usr/bin/kube-controllers"));
        }
        rows.add(new ProcessRow("root", 5012, 1, loginAt, 0.0, 7372, 4148, "pts/0", "Ss", "-bash"));
        rows.sort(Comparator.comparingInt(ProcessRow::pid));
        return rows;
    }

    private void controlPlane(List<ProcessRow> rows, Instant now) {
        Instant init = kubeadmInit;
        pod(rows, 1180, init, staticPod("etcd", init, 0.021, 11740336, 62540));
        pod(rows, 1200, init, staticPod("kube-controller-manager", init, 0.011, 1318252, 108768));
        pod(rows, 1210, init, staticPod("kube-scheduler", init, 0.003, 1290284, 61320));
        var command = apiServer.process(now);
        if (command.isPresent()) {
            Instant started = apiServer.restartedAt().map(t -> t.plusSeconds(1)).orElse(init);
            pod(rows, apiServerShim(), started, daemon(0, started, 0.045, 1553908, 312456, "Ssl",
                    String.join(" ", command.get())));
        }
    }

    /** A restarted API server gets a new shim, with a pid of its restart time. */
    private int apiServerShim() {
        return apiServer.restartedAt().map(t -> 30000 + (int) Math.floorMod(t.getEpochSecond(), 20000L)).orElse(1190);
    }

    /**
     * The sandbox id crictl shows for a pod of this node: a system pod's is the one its shim runs with in ps
     * (ordinal: which of the CoreDNS pods, by name), any other pod's is made from its uid.
     */
    String sandboxOf(Pod pod, int ordinal) {
        Map<String, String> labels = pod.metadata().labels();
        String role = labels.getOrDefault("component", labels.getOrDefault("k8s-app", ""));
        int shim = !"kube-system".equals(pod.metadata().namespace()) ? 0 : shimPid(role, ordinal);
        return sandboxId(shim > 0 ? node + shim : pod.metadata().uid());
    }

    private int shimPid(String role, int ordinal) {
        switch (role) {
            case "etcd": return 1180;
            case "kube-controller-manager": return 1200;
            case "kube-scheduler": return 1210;
            case "kube-apiserver": return apiServerShim();
            case "kube-proxy": return 1663;
            case "calico-node": return 2120;
            case "kube-dns": return ordinal == 0 ? 2944 : 2951;
            case "calico-kube-controllers": return 3018;
            default: return 0;
        }
    }

    /** A control-plane component other than the API server: it runs as kubeadm wrote its manifest. */
    private static ProcessRow staticPod(String component, Instant started, double cpu, long vsz, long rss) {
        Object pod = ManifestParser.documents(StaticPodManifests.of(component), component).get(0);
        List<String> argv = ApiServerManifest.containerArgv((Map<?, ?>) pod);
        return daemon(0, started, cpu, vsz, rss, "Ssl", String.join(" ", argv));
    }

    /** A pod's shim (pid), its pause container (pid + 24) and its main process (pid + 52) with the same start. */
    private void pod(List<ProcessRow> rows, int pid, Instant started, ProcessRow main) {
        rows.add(daemon(pid, started, 0.0, 1238276, 12892, "Sl", String.format(SHIM, sandboxId(node + pid))));
        rows.add(new ProcessRow("65535", pid + 24, pid, started, 0.0, 1020, 4, "?", "Ss", "/pause"));
        rows.add(new ProcessRow(main.user(), pid + 52, pid, main.started(), main.cpuShare(), main.vszKib(),
                main.rssKib(), main.tty(), main.stat(), main.command()));
    }

    private static ProcessRow daemon(int pid, Instant started, double cpu, long vsz, long rss, String stat, String cmd) {
        return new ProcessRow("root", pid, 1, started, cpu, vsz, rss, "?", stat, cmd);
    }

    /** A 64-hex-digit pod sandbox id, fixed for a pod (node and shim pid). */
    static String sandboxId(String seed) {
        StringBuilder id = new StringBuilder();
        long x = seed.hashCode() * 0x9E3779B97F4A7C15L;
        while (id.length() < 64) {
            x ^= x >>> 29;
            x *= 0xBF58476D1CE4E5B9L;
            id.append(String.format("%016x", x));
        }
        return id.substring(0, 64);
    }
}
