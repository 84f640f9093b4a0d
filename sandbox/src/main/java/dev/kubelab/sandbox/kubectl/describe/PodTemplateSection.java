package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;

import java.util.List;

/** DescribePodTemplate: the "Pod Template:" block of describe deployment, replicaset and daemonset. */
final class PodTemplateSection {
    private PodTemplateSection() {
    }

    static void write(DescribeWriter w, PodTemplateSpec template) {
        w.line("Pod Template:");
        DescribeSections.labels(w, "  Labels", template.labels());
        if (!template.annotations().isEmpty()) {
            DescribeSections.annotations(w, "  Annotations", template.annotations());
        }
        PodContainersSection.write(w, template.spec().containers(), List.of(), template.spec().hostNetwork(), "  ");
        PodSpecSections.volumes(w, template.spec().volumes(), "  ");
        DescribeSections.labels(w, "  Node-Selectors", template.spec().nodeSelector());
        PodSpecSections.tolerations(w, "  Tolerations", template.spec().tolerations());
    }
}
