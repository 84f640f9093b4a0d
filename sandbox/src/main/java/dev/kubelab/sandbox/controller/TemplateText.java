package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;

import java.util.List;
import java.util.TreeMap;

/**
 * The canonical text of a workload's pod template that {@link PodTemplateHash} hashes. Fields that only
 * defaulting sets (pull policy, restart/DNS policy, scheduler) are left out so defaulting never changes the
 * hash; everything a learner can change counts (tolerations, service account and priority class included), so
 * changing any of it rolls the pods. Template annotations count (a `rollout restart` changes only them).
 */
public final class TemplateText {
    private TemplateText() {
    }

    public static String of(String namespace, String workloadName, PodTemplateSpec template) {
        StringBuilder sb = new StringBuilder(namespace).append('/').append(workloadName)
                .append(new TreeMap<>(template.labels())).append(legacy(template.spec().containers()));
        String extras = extras(template.spec());
        if (!extras.isEmpty()) {
            sb.append('|').append(extras);
        }
        if (!template.annotations().isEmpty()) {
            // Only when present, so templates without annotations keep the hashes they always had.
            sb.append("|annotations").append(new TreeMap<>(template.annotations()));
        }
        return sb.toString();
    }

    /** The hash of {@link #of}. */
    public static String hash(String namespace, String workloadName, PodTemplateSpec template) {
        return PodTemplateHash.of(of(namespace, workloadName, template));
    }

    /** Container[name=…, image=…, ports=[…]] as the first Container record printed itself. */
    private static String legacy(List<Container> containers) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < containers.size(); i++) {
            Container c = containers.get(i);
            sb.append(i == 0 ? "" : ", ").append("Container[name=").append(c.name()).append(", image=")
                    .append(c.image()).append(", ports=").append(c.ports()).append(']');
        }
        return sb.append(']').toString();
    }

    private static String extras(PodSpec spec) {
        StringBuilder sb = new StringBuilder();
        for (Container c : spec.containers()) {
            if (!c.command().isEmpty() || !c.args().isEmpty() || c.readinessProbe() != null
                    || !c.volumeMounts().isEmpty()) {
                sb.append(c.name()).append(c.command()).append(c.args()).append(c.readinessProbe())
                        .append(c.volumeMounts()).append(';');
            }
            if (c.stdin() || c.tty()) {
                sb.append(c.name()).append(" stdin=").append(c.stdin()).append(c.stdinOnce()).append(" tty=")
                        .append(c.tty()).append(';');
            }
        }
        if (spec.hostNetwork()) {
            sb.append("hostNetwork;");
        }
        if (!spec.nodeSelector().isEmpty()) {
            sb.append(new TreeMap<>(spec.nodeSelector())).append(';');
        }
        if (!spec.tolerations().isEmpty()) {
            sb.append("tolerations=").append(spec.tolerations()).append(';');
        }
        if (!spec.volumes().isEmpty()) {
            sb.append(spec.volumes()).append(';');
        }
        if (spec.serviceAccountName() != null) {
            sb.append("sa=").append(spec.serviceAccountName()).append(';');
        }
        if (spec.priorityClassName() != null) {
            sb.append("priorityClass=").append(spec.priorityClassName()).append(';');
        }
        if (spec.terminationGracePeriodSeconds() >= 0 && spec.terminationGracePeriodSeconds() != 30) {
            sb.append("grace=").append(spec.terminationGracePeriodSeconds()).append(';');
        }
        return sb.toString();
    }
}
