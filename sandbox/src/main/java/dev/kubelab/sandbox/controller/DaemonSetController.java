package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.api.WorkloadStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DaemonSet → one pod per eligible node (taints tolerated, nodeSelector matched), with the tolerations the
 * DaemonSet controller adds to every pod; pods on nodes that are gone or no longer eligible are deleted. When
 * the template changes, the RollingUpdate strategy replaces the pods of the old revision one node at a time.
 */
final class DaemonSetController implements Controller {
    /** daemon/util AddOrUpdateDaemonPodTolerations. */
    private static final List<Toleration> DEFAULT_TOLERATIONS = List.of(
            new Toleration("node.kubernetes.io/not-ready", "Exists", null, "NoExecute", null),
            new Toleration("node.kubernetes.io/unreachable", "Exists", null, "NoExecute", null),
            Toleration.exists("node.kubernetes.io/disk-pressure", "NoSchedule"),
            Toleration.exists("node.kubernetes.io/memory-pressure", "NoSchedule"),
            Toleration.exists("node.kubernetes.io/pid-pressure", "NoSchedule"),
            Toleration.exists("node.kubernetes.io/unschedulable", "NoSchedule"));

    private static final String REVISION_LABEL = "controller-revision-hash";

    private final ControllerContext ctx;
    private final SelectorCache selectors = new SelectorCache();
    private final InputMemo memo = new InputMemo();

    DaemonSetController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.DAEMONSET, Kind.NODE, Kind.POD);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        List<Node> nodes = ctx.store().view(Node.class, null);
        for (DaemonSet ds : ctx.store().view(DaemonSet.class, null)) {
            if (ds.metadata().deletionTimestamp() == null && !memo.unchanged(ds.metadata().uid(), ds, nodes,
                    ctx.store().view(Pod.class, ds.metadata().namespace()))) {
                sync(ds, nodes, now);
            }
        }
        memo.endPass();
    }

    private void sync(DaemonSet ds, List<Node> nodes, Instant now) {
        Map<String, Pod> byNode = new HashMap<>();
        Set<String> stillTerminating = new HashSet<>();
        for (Pod p : OwnedPods.claim(ctx.store(), ds, selectors.of(ds.selector()))) {
            if (Pods.terminating(p) && p.spec().nodeName() != null) {
                stillTerminating.add(p.spec().nodeName());
                continue;
            }
            if (!Pods.active(p)) {
                continue;
            }
            if (p.spec().nodeName() == null || byNode.putIfAbsent(p.spec().nodeName(), p) != null) {
                Pods.delete(ctx.store(), p, now, null); // a duplicate or unplaced pod
            }
        }
        PodSpec spec = podSpec(ds.template().spec());
        Map<String, String> labels = labels(ds);
        DaemonSetRollout rollout = new DaemonSetRollout(labels.get(REVISION_LABEL), ds.updateStrategy());
        for (Node node : nodes) {
            Pod probe = new Pod(ds.metadata(), spec.withNodeName(null), PodStatus.pending());
            String reason = NodeFit.reason(probe, node);
            Pod existing = byNode.remove(node.metadata().name());
            if (reason != null && (existing == null || reason.contains("selector"))) {
                // Not for this node; a pod already there stays unless the selector excludes it (only NoExecute
                // taints evict, and we model none), as NodeShouldRunDaemonPod's shouldContinueRunning says.
                if (existing != null) {
                    Pods.delete(ctx.store(), existing, now, null);
                }
                continue;
            }
            rollout.count(existing);
            // The old pod must be gone before its replacement starts (hostNetwork ports, maxSurge 0).
            if (existing == null && !stillTerminating.contains(node.metadata().name())) {
                Pod created = PodFactory.create(ctx, ds, labels, ds.template().annotations(),
                        spec.withNodeName(null), now);
                if (created != null) {
                    bind(created, node, now);
                }
            }
        }
        byNode.values().forEach(p -> Pods.delete(ctx.store(), p, now, null));
        for (Pod old : rollout.outdatedToDelete()) {
            Pods.delete(ctx.store(), old, now, null);
            ctx.events().normal(now, ds, "SuccessfulDelete", "Deleted pod: " + old.metadata().name(),
                    "daemonset-controller", null);
        }
        WorkloadStatus status = new WorkloadStatus(rollout.desired(), rollout.ready(), rollout.updated(),
                rollout.ready(), ds.metadata().generation(), List.of());
        if (!status.equals(ds.status())) {
            ctx.store().update(ds.withStatus(status));
        }
    }

    /** Daemon pods are bound by the default scheduler to their node (node affinity in Kubernetes). */
    private void bind(Pod pod, Node node, Instant now) {
        ctx.store().update(new Pod(pod.metadata(), pod.spec().withNodeName(node.metadata().name()),
                pod.status().withConditions(List.of(new dev.kubelab.sandbox.api.PodCondition("PodScheduled", "True",
                        now, null, null)))));
        ctx.events().normal(now, pod, "Scheduled", "Successfully assigned " + pod.metadata().namespace() + "/"
                + pod.metadata().name() + " to " + node.metadata().name(), Scheduler.NAME, null);
    }

    private static PodSpec podSpec(PodSpec template) {
        List<Toleration> tolerations = new ArrayList<>(template.tolerations());
        for (Toleration t : DEFAULT_TOLERATIONS) {
            if (!tolerations.contains(t)) {
                tolerations.add(t);
            }
        }
        if (template.hostNetwork()) {
            Toleration network = Toleration.exists("node.kubernetes.io/network-unavailable", "NoSchedule");
            if (!tolerations.contains(network)) {
                tolerations.add(network);
            }
        }
        return template.withTolerations(tolerations);
    }

    /**
     * controller-revision-hash as the bootstrap computed it (labels, annotations and containers of the
     * template), plus pod-template-generation.
     */
    private static Map<String, String> labels(DaemonSet ds) {
        PodTemplateSpec t = ds.template();
        PodSpec plain = new PodSpec(null, false, t.spec().containers());
        String revision = PodTemplateHash.of("revision:" + TemplateText.of(ds.metadata().namespace(),
                ds.metadata().name(), t.withSpec(plain)));
        Map<String, String> labels = new HashMap<>(t.labels());
        labels.put(REVISION_LABEL, revision);
        labels.put("pod-template-generation", Long.toString(Math.max(1, ds.metadata().generation())));
        return labels;
    }
}
