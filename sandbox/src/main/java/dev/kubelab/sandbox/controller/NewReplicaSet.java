package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadStatus;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ReplicaSet for a Deployment's current template: &lt;deploy&gt;-&lt;pod-template-hash&gt;, starting at 0. */
final class NewReplicaSet {
    private NewReplicaSet() {
    }

    static ReplicaSet create(ControllerContext ctx, Deployment d, String hash, long revision, List<ReplicaSet> old,
                             Instant now) {
        Map<String, String> labels = with(d.template().labels(), hash);
        Map<String, String> selector = with(d.selector().matchLabels(), hash);
        ObjectMeta meta = ObjectMeta.of(d.metadata().name() + "-" + hash, d.metadata().namespace(),
                ctx.seed().uid(), now, labels).withOwner(Owners.controllerRef(d)).withGeneration(1);
        PodTemplateSpec template = d.template().withLabels(labels);
        return ctx.store().create(new ReplicaSet(annotate(meta, revision, d), 0,
                new LabelSelector(selector, d.selector().matchExpressions()),
                template, WorkloadStatus.EMPTY));
    }

    static ObjectMeta annotate(ObjectMeta meta, long revision, Deployment d) {
        Map<String, String> a = new HashMap<>(meta.annotations());
        a.put(Revisions.REVISION, Long.toString(revision));
        a.put(Revisions.DESIRED, Integer.toString(d.replicas()));
        a.put(Revisions.MAX, Integer.toString(d.replicas() + Revisions.surgeAndUnavailable(d)[0]));
        return meta.withAnnotations(a);
    }

    private static Map<String, String> with(Map<String, String> labels, String hash) {
        Map<String, String> out = new HashMap<>(labels);
        out.put("pod-template-hash", hash);
        return out;
    }
}
