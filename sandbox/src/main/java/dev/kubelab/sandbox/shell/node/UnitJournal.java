package dev.kubelab.sandbox.shell.node;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal of the kubelet and containerd units on one node: systemd's start lines and the first things each
 * daemon logs, and a stop/start pair for every `systemctl restart`. The kubelet's lines are klog's format
 * ("I1127 04:51:02.512345    1041 server.go:520] …"); their texts are typical of a kubelet 1.32 start, the
 * source line numbers are illustrative, not taken from the release.
 */
final class UnitJournal {
    /** One journal entry: when, which program[pid] (systemd[1] for unit state changes), the message. */
    record Entry(Instant at, String ident, int pid, String message) {
        String render(String host) {
            return SystemdTime.journal(at) + " " + host + " " + ident + "[" + pid + "]: " + message;
        }
    }

    private static final DateTimeFormatter RFC3339_NANO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter KLOG =
            DateTimeFormatter.ofPattern("MMdd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private UnitJournal() {
    }

    static List<Entry> of(String unit, String node, String podCidr, Instant started, int pid, String version,
                          List<Instant> restarts) {
        List<Entry> out = new ArrayList<>();
        boolean kubelet = unit.equals("kubelet");
        String description = kubelet ? "kubelet: The Kubernetes Node Agent" : "containerd container runtime";
        out.addAll(start(kubelet, description, node, podCidr, started, pid, version));
        for (Instant r : restarts) {
            out.add(new Entry(r, "systemd", 1, "Stopping " + description + "..."));
            out.add(new Entry(r, "systemd", 1, unit + ".service: Deactivated successfully."));
            out.add(new Entry(r, "systemd", 1, "Stopped " + description + "."));
            out.addAll(start(kubelet, description, node, podCidr, r.plusMillis(40), pid, version));
        }
        return out;
    }

    private static List<Entry> start(boolean kubelet, String description, String node, String podCidr, Instant t,
                                     int pid, String version) {
        List<Entry> out = new ArrayList<>();
        if (!kubelet) {
            out.add(new Entry(t.minusMillis(60), "systemd", 1, "Starting " + description + "..."));
            out.add(new Entry(t.plusMillis(230), "containerd", pid, "time=\"" + rfc3339(t.plusMillis(230))
                    + "\" level=info msg=\"containerd successfully booted in 0.061s\""));
        }
        out.add(new Entry(t, "systemd", 1, "Started " + description + "."));
        if (!kubelet) {
            return out;
        }
        // ms after systemd started it, and what the kubelet says then (klog's header added below)
        long[] at = {40, 41, 41, 44, 512, 530, 611, 1002, 1003};
        String[] lines = {
            "server.go:520] \"Kubelet version\" kubeletVersion=\"" + version + "\"",
            "server.go:522] \"Golang settings\" GOGC=\"\" GOMAXPROCS=\"\" GOTRACEBACK=\"\"",
            "server.go:956] \"Client rotation is on, will bootstrap in background\"",
            "kubelet.go:2388] \"Starting kubelet main sync loop\"",
            "kubelet_node_status.go:76] \"Attempting to register node\" node=\"" + node + "\"",
            "kubelet_node_status.go:79] \"Successfully registered node\" node=\"" + node + "\"",
            "kuberuntime_manager.go:1702] \"Updating runtime config through cri with podcidr\" CIDR=\"" + podCidr
                    + "\"",
            "kubelet_network.go:61] \"Updating Pod CIDR\" originalPodCIDR=\"\" newPodCIDR=\"" + podCidr + "\"",
        };
        out.add(new Entry(t.plusMillis(at[0]), "kubelet", pid, "Flag --pod-infra-container-image has been deprecated,"
                + " will be removed in 1.35. Image garbage collector will get sandbox image information from CRI."));
        for (int i = 0; i < lines.length; i++) {
            Instant when = t.plusMillis(at[i + 1]).plusNanos(137_000L * (i + 1));
            out.add(new Entry(when, "kubelet", pid, "I" + KLOG.format(when) + " " + String.format("%7d", pid) + " "
                    + lines[i]));
        }
        return out;
    }

    private static String rfc3339(Instant t) {
        return RFC3339_NANO.format(t);
    }
}
