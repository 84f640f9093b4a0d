package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.controller.defaults.PodAdmission;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The pods of a StatefulSet: NAME-N, their identity labels, hostname and subdomain (stateful_set_utils.go). */
final class StatefulSetPods {
    static final String REVISION = "controller-revision-hash";
    static final String COMPONENT = "statefulset-controller";

    private StatefulSetPods() {
    }

    static String name(StatefulSet sts, int ordinal) {
        return sts.metadata().name() + "-" + ordinal;
    }

    /** The ordinal of a pod named NAME-N, or -1. */
    static int ordinal(StatefulSet sts, Pod p) {
        String prefix = sts.metadata().name() + "-";
        String n = p.metadata().name();
        if (!n.startsWith(prefix) || !n.substring(prefix.length()).matches("0|[1-9][0-9]{0,8}")) {
            return -1;
        }
        return Integer.parseInt(n.substring(prefix.length()));
    }

    /** The ControllerRevision name the pods carry: NAME-hash of the template. */
    static String revision(StatefulSet sts) {
        return sts.metadata().name() + "-" + PodTemplateHash.of("statefulset:" + TemplateText.of(
                sts.metadata().namespace(), sts.metadata().name(), sts.template()));
    }

    static Pod create(ControllerContext ctx, StatefulSet sts, int ordinal, String revision, Instant now) {
        String name = name(sts, ordinal);
        Map<String, String> labels = new HashMap<>(sts.template().labels());
        labels.put(REVISION, revision);
        labels.put("apps.kubernetes.io/pod-index", Integer.toString(ordinal));
        labels.put("statefulset.kubernetes.io/pod-name", name);
        ObjectMeta meta = ObjectMeta.of(name, sts.metadata().namespace(), ctx.seed().uid(), now, labels)
                .withAnnotations(sts.template().annotations()).withOwner(Owners.controllerRef(sts));
        PodSpec t = PodDefaults.apply(sts.template().spec());
        PodSpec spec = new PodSpec(t.nodeName(), t.hostNetwork(), t.containers(), t.restartPolicy(), t.dnsPolicy(),
                t.terminationGracePeriodSeconds(), t.schedulerName(), t.nodeSelector(), t.tolerations(), t.volumes(),
                name, sts.serviceName() == null || sts.serviceName().isEmpty() ? null : sts.serviceName(),
                t.serviceAccountName(), t.serviceAccount(), t.priorityClassName(), t.priority(),
                t.preemptionPolicy());
        Pod created = ctx.store().create(new Pod(meta, PodAdmission.admit(spec, meta.uid()), PodStatus.pending()));
        ctx.events().normal(now, sts, "SuccessfulCreate", "create Pod " + name + " in StatefulSet "
                + sts.metadata().name() + " successful", COMPONENT, null);
        return created;
    }
}
