package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.kubectl.print.HumanDuration;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * describePod (reference §2.5): priority, its class and the service account as admission set them (static pods
 * have no account); QoS Class BestEffort (no resources are modelled).
 */
final class PodDescriber implements Describer {
    /** Go's time.RFC1123Z. */
    static final DateTimeFormatter RFC1123Z =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        Pod pod = (Pod) object;
        var meta = pod.metadata();
        var status = pod.status();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        w.line("Namespace:\t" + meta.namespace());
        if (pod.spec().priority() != null) {
            w.line("Priority:\t" + pod.spec().priority());
        }
        if (pod.spec().priorityClassName() != null && !pod.spec().priorityClassName().isEmpty()) {
            w.line("Priority Class Name:\t" + pod.spec().priorityClassName());
        }
        if (pod.spec().serviceAccountName() != null && !pod.spec().serviceAccountName().isEmpty()) {
            w.line("Service Account:\t" + pod.spec().serviceAccountName());
        }
        OwnerReference controller = meta.controllerRef();
        String node = pod.spec().nodeName();
        w.line("Node:\t" + (node == null || node.isEmpty() ? "<none>" : node + "/" + orEmpty(status.hostIP())));
        if (status.startTime() != null) {
            w.line("Start Time:\t" + RFC1123Z.format(status.startTime()));
        }
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        boolean finished = "Failed".equals(status.phase()) || "Succeeded".equals(status.phase());
        if (meta.deletionTimestamp() != null && !finished) {
            w.line("Status:\tTerminating (lasts " + HumanDuration.format(Duration.between(meta.deletionTimestamp(), now))
                    + ")");
            Long grace = meta.deletionGracePeriodSeconds();
            w.line("Termination Grace Period:\t" + (grace == null ? 0 : grace) + "s");
        } else {
            w.line("Status:\t" + status.phase());
        }
        if (status.reason() != null && !status.reason().isEmpty()) {
            w.line("Reason:\t" + status.reason());
        }
        if (status.message() != null && !status.message().isEmpty()) {
            w.line("Message:\t" + status.message());
        }
        w.line("IP:\t" + orEmpty(status.podIP()));
        if (status.podIP() == null || status.podIP().isEmpty()) {
            w.line("IPs:\t<none>");
        } else {
            w.line("IPs:");
            w.write(0, "  IP:\t" + status.podIP() + "\n");
        }
        if (controller != null) {
            w.line("Controlled By:\t" + controller.kind() + "/" + controller.name());
        }
        PodContainersSection.write(w, pod);
        if (!status.conditions().isEmpty()) {
            w.write(0, "Conditions:\n  Type\tStatus\n");
            for (PodCondition c : status.conditions()) {
                w.write(1, c.type() + " \t" + c.status() + " \n");
            }
        }
        PodSpecSections.volumes(w, pod.spec().volumes(), "");
        w.line("QoS Class:\tBestEffort");
        DescribeSections.labels(w, "Node-Selectors", pod.spec().nodeSelector());
        PodSpecSections.tolerations(w, "Tolerations", pod.spec().tolerations());
        DescribeSections.events(w, Describer.eventsAbout(pod, store), now);
        return w.text();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
