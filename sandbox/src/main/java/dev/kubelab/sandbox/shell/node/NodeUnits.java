package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.net.Network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The systemd units a Kubernetes learner looks at on a node, kubelet.service and containerd.service: their unit
 * files, their processes (the same rows ps shows), `systemctl restart` times and their journal.
 */
final class NodeUnits {
    /** A unit: its name, Description=, where its file lies, its kubeadm drop-in, Documentation=, main process. */
    record Unit(String name, String description, String drop, String docs, String comm) {}

    private static final List<Unit> UNITS = List.of(
            new Unit("kubelet", "kubelet: The Kubernetes Node Agent", "10-kubeadm.conf", "https://kubernetes.io/docs/",
                    "kubelet"),
            new Unit("containerd", "containerd container runtime", null, "https://containerd.io", "containerd"));

    private final String node;
    private final Network network;
    private final NodeProcesses processes;
    private final Map<String, List<Instant>> restarts = new HashMap<>();

    NodeUnits(String node, Network network, NodeProcesses processes) {
        this.node = node;
        this.network = network;
        this.processes = processes;
    }

    String node() {
        return node;
    }

    /** The unit of a name as systemctl takes it ("kubelet" or "kubelet.service"). */
    Optional<Unit> unit(String name) {
        String bare = name.toLowerCase(Locale.ROOT).replaceFirst("\\.service$", "");
        return UNITS.stream().filter(u -> u.name().equals(bare)).findFirst();
    }

    void restart(Unit unit, Instant now) {
        restarts.computeIfAbsent(unit.name(), k -> new ArrayList<>()).add(now);
    }

    /** The unit's main process as ps shows it now. */
    ProcessRow main(Unit unit, Instant now) {
        return processes.at(now).stream().filter(p -> p.comm().equals(unit.comm())).findFirst().orElseThrow();
    }

    /** Its cgroup's processes: the main one, and for containerd every pod's shim. */
    List<ProcessRow> cgroup(Unit unit, Instant now) {
        List<ProcessRow> rows = new ArrayList<>(List.of(main(unit, now)));
        if (unit.name().equals("containerd")) {
            processes.at(now).stream().filter(p -> p.command().startsWith("/usr/bin/containerd-shim"))
                    .forEach(rows::add);
        }
        return rows;
    }

    /** Since when it runs: its last restart, else when its process started. */
    Instant activeSince(Unit unit, Instant now) {
        List<Instant> r = restarts.getOrDefault(unit.name(), List.of());
        return r.isEmpty() ? main(unit, now).started() : r.get(r.size() - 1).plusMillis(40);
    }

    /** The node booted a few seconds before its first daemons. */
    Instant boot(Instant now) {
        return processes.at(now).get(0).started().minus(Duration.ofSeconds(2));
    }

    List<UnitJournal.Entry> journal(Unit unit, Instant now) {
        ProcessRow main = main(unit, now);
        String cidr = network.dataplane().addresses().node(node).map(n -> n.spec().podCIDR()).orElse("");
        return UnitJournal.of(unit.name(), node, cidr, main.started(), main.pid(), ClusterFacts.KUBERNETES_VERSION,
                restarts.getOrDefault(unit.name(), List.of()));
    }
}
