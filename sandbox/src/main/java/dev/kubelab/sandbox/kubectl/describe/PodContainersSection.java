package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Probe;
import dev.kubelab.sandbox.api.VolumeMount;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/** describeContainers: the "Containers:" block of describe pod, one entry per container. */
final class PodContainersSection {
    private PodContainersSection() {
    }

    static void write(DescribeWriter w, Pod pod) {
        write(w, pod.spec().containers(), pod.status().containerStatuses(), pod.spec().hostNetwork(), "");
    }

    /** describeContainers("Containers", …, space): a pod template passes no statuses and space "  ". */
    static void write(DescribeWriter w, List<Container> containers, List<ContainerStatus> statuses,
                      boolean hostNetwork, String space) {
        w.line(space + "Containers:" + (containers.isEmpty() ? " <none>" : ""));
        String nameIndent = space.isEmpty() ? "" : " ";
        for (Container c : containers) {
            ContainerStatus status = statuses.stream()
                    .filter(s -> s.name().equals(c.name())).findFirst().orElse(null);
            w.write(1, nameIndent + c.name() + ":\n");
            if (status != null) {
                w.write(2, "Container ID:\t" + PodDescriber.orEmpty(status.containerID()) + "\n");
            }
            w.write(2, "Image:\t" + c.image() + "\n");
            if (status != null) {
                w.write(2, "Image ID:\t" + PodDescriber.orEmpty(status.imageID()) + "\n");
            }
            StringJoiner ports = new StringJoiner(", "); // describeContainerPorts joins with ", "
            StringJoiner hostPorts = new StringJoiner(", ");
            for (ContainerPort p : c.ports()) {
                String protocol = p.protocol() == null ? "TCP" : p.protocol();
                ports.add(p.containerPort() + "/" + protocol);
                hostPorts.add((hostNetwork ? p.containerPort() : 0) + "/" + protocol);
            }
            portLine(w, "Port", ports.toString());
            portLine(w, "Host Port", hostPorts.toString());
            lines(w, "Command", c.command());
            lines(w, "Args", c.args());
            if (status != null) {
                state(w, "State", status.state());
                if (status.lastState() != null && status.lastState().terminated() != null) {
                    state(w, "Last State", status.lastState());
                }
                w.write(2, "Ready:\t" + (status.ready() ? "True" : "False") + "\n");
                w.write(2, "Restart Count:\t" + status.restartCount() + "\n");
            }
            if (c.readinessProbe() != null) {
                w.write(2, "Readiness:\t" + probe(c.readinessProbe()) + "\n");
            }
            w.write(2, "Environment:\t<none>\n");
            mounts(w, c);
        }
    }

    private static void portLine(DescribeWriter w, String title, String value) {
        if (value.contains(",")) {
            w.write(2, title + "s:\t" + value + "\n");
        } else {
            w.write(2, title + ":\t" + (value.isEmpty() ? "<none>" : value) + "\n");
        }
    }

    private static void lines(DescribeWriter w, String title, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        w.write(2, title + ":\n");
        for (String v : values) {
            for (String s : v.split("\n", -1)) {
                w.write(3, s + "\n");
            }
        }
    }

    private static void state(DescribeWriter w, String title, ContainerState s) {
        if (s.running() != null) {
            w.write(2, title + ":\tRunning\n");
            w.write(3, "Started:\t" + time(s.running().startedAt()) + "\n");
        } else if (s.terminated() != null) {
            var t = s.terminated();
            w.write(2, title + ":\tTerminated\n");
            if (t.reason() != null && !t.reason().isEmpty()) {
                w.write(3, "Reason:\t" + t.reason() + "\n");
            }
            w.write(3, "Exit Code:\t" + t.exitCode() + "\n");
            if (t.signal() > 0) {
                w.write(3, "Signal:\t" + t.signal() + "\n");
            }
            w.write(3, "Started:\t" + time(t.startedAt()) + "\n");
            w.write(3, "Finished:\t" + time(t.finishedAt()) + "\n");
        } else {
            w.write(2, title + ":\tWaiting\n");
            if (s.waiting() != null && s.waiting().reason() != null && !s.waiting().reason().isEmpty()) {
                w.write(3, "Reason:\t" + s.waiting().reason() + "\n");
            }
        }
    }

    /** Go formats a zero metav1.Time as "Mon, 01 Jan 0001 00:00:00 +0000". */
    private static String time(java.time.Instant at) {
        return at == null ? "Mon, 01 Jan 0001 00:00:00 +0000" : PodDescriber.RFC1123Z.format(at);
    }

    /** DescribeProbe with the API defaults timeout 1s and #success 1. */
    private static String probe(Probe p) {
        String attrs = "delay=" + p.initialDelaySeconds() + "s timeout=1s period=" + p.periodSeconds()
                + "s #success=1 #failure=" + p.failureThreshold();
        if (p.execCommand() != null) {
            return "exec [" + String.join(" ", p.execCommand()) + "] " + attrs;
        }
        if (p.httpGetPort() != null) {
            return "http-get http://:" + p.httpGetPort() + (p.httpGetPath() == null ? "" : p.httpGetPath()) + " "
                    + attrs;
        }
        return "tcp-socket :" + p.tcpSocketPort() + " " + attrs;
    }

    private static void mounts(DescribeWriter w, Container c) {
        if (c.volumeMounts().isEmpty()) {
            w.write(2, "Mounts:\t<none>\n");
            return;
        }
        w.write(2, "Mounts:\n");
        List<VolumeMount> sorted = new ArrayList<>(c.volumeMounts());
        sorted.sort(Comparator.comparing(VolumeMount::mountPath));
        for (VolumeMount m : sorted) {
            w.write(3, m.mountPath() + " from " + m.name() + " (" + (m.readOnly() ? "ro" : "rw") + ")\n");
        }
    }
}
