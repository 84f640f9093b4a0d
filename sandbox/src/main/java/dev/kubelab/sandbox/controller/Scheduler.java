package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kube-scheduler: binds each unscheduled pod to the feasible node (Ready, schedulable, taints tolerated,
 * nodeSelector matched) running the fewest pods, ties broken by node name; otherwise FailedScheduling.
 */
final class Scheduler implements Controller {
    static final String NAME = "default-scheduler";
    private final ControllerContext ctx;

    Scheduler(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.NODE, Kind.POD);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        List<Node> nodes = ctx.store().view(Node.class, null);
        Map<String, Integer> load = null;
        for (Pod pod : ctx.store().view(Pod.class, null)) {
            if (pod.spec().nodeName() != null || Pods.terminating(pod)
                    || !(pod.spec().schedulerName() == null || NAME.equals(pod.spec().schedulerName()))) {
                continue;
            }
            if (load == null) {
                load = load(nodes);
            }
            Node best = null;
            NodeFit.Verdicts verdicts = new NodeFit.Verdicts();
            for (Node node : nodes) {
                String reason = NodeFit.reason(pod, node);
                if (reason != null) {
                    verdicts.add(reason);
                } else if (best == null || load.get(node.metadata().name()) < load.get(best.metadata().name())) {
                    best = node;
                }
            }
            if (best == null) {
                unschedulable(pod, verdicts.message(nodes.size()), now);
            } else {
                bind(pod, best, now);
                load.merge(best.metadata().name(), 1, Integer::sum);
            }
        }
    }

    private void bind(Pod pod, Node node, Instant now) {
        String nodeName = node.metadata().name();
        Pod bound = new Pod(pod.metadata(), pod.spec().withNodeName(nodeName),
                pod.status().withConditions(List.of(new PodCondition("PodScheduled", "True", now, null, null))));
        ctx.store().update(bound);
        ctx.events().normal(now, pod, "Scheduled", "Successfully assigned " + pod.metadata().namespace() + "/"
                + pod.metadata().name() + " to " + nodeName, NAME, null);
    }

    private void unschedulable(Pod pod, String message, Instant now) {
        PodCondition previous = pod.status().conditions().stream()
                .filter(c -> c.type().equals("PodScheduled")).findFirst().orElse(null);
        if (previous != null && message.equals(previous.message())) {
            return;
        }
        ctx.store().update(new Pod(pod.metadata(), pod.spec(), pod.status().withConditions(List.of(
                new PodCondition("PodScheduled", "False", now, "Unschedulable", message)))));
        ctx.events().warning(now, pod, "FailedScheduling", message, NAME, null);
    }

    /** Pods per node that still occupy it (not finished). */
    private Map<String, Integer> load(List<Node> nodes) {
        Map<String, Integer> load = new HashMap<>();
        for (Node n : nodes) {
            load.put(n.metadata().name(), 0);
        }
        for (Pod p : ctx.store().view(Pod.class, null)) {
            String phase = p.status().phase();
            if (p.spec().nodeName() != null && !"Succeeded".equals(phase) && !"Failed".equals(phase)) {
                load.merge(p.spec().nodeName(), 1, Integer::sum);
            }
        }
        return load;
    }
}
