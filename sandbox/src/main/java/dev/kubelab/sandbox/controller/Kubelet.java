package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every node's kubelet: admits bound pods (IP from the node's block, host IP for hostNetwork), runs their
 * containers through {@link ContainerLifecycle}, reports status, and finishes graceful deletions.
 */
final class Kubelet implements Controller {
    private final ControllerContext ctx;
    private final Map<String, PodRun> runs = new HashMap<>();
    private final Set<String> imageCache = new HashSet<>();
    private final ContainerLifecycle lifecycle;

    Kubelet(ControllerContext ctx) {
        this.ctx = ctx;
        this.lifecycle = new ContainerLifecycle(ctx, imageCache);
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.POD, Kind.NODE);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        Set<String> seen = new HashSet<>();
        for (Pod pod : ctx.store().view(Pod.class, null)) {
            if (pod.spec().nodeName() == null) {
                continue;
            }
            Node node = ctx.store().get(Node.class, "", pod.spec().nodeName()).orElse(null);
            if (node == null) {
                continue;
            }
            seen.add(pod.metadata().uid());
            PodRun run = runs.get(pod.metadata().uid());
            if (run == null) {
                run = admitOrAdopt(pod, node, now);
                pod = ctx.store().get(Pod.class, pod.metadata().namespace(), pod.metadata().name()).orElse(pod);
            }
            for (int i = 0; i < pod.spec().containers().size(); i++) {
                lifecycle.sessionEnded(pod, pod.spec().containers().get(i), run.containers.get(i), now);
            }
            if (Pods.terminating(pod)) {
                terminate(pod, run, now);
                continue;
            }
            for (int i = 0; i < pod.spec().containers().size(); i++) {
                lifecycle.advance(pod, pod.spec().containers().get(i), run.containers.get(i), now);
            }
            var status = PodStatusWriter.status(pod, run, now);
            if (!status.equals(pod.status())) {
                ctx.store().update(new Pod(pod.metadata(), pod.spec(), status));
            }
        }
        runs.keySet().retainAll(seen);
        ctx.stdin().forgetUnclaimed();
    }

    @Override
    public Instant nextWakeup() {
        Instant min = null;
        for (PodRun run : runs.values()) {
            for (ContainerRun c : run.containers) {
                Instant due = ContainerLifecycle.due(c);
                if (due != null && (min == null || due.isBefore(min))) {
                    min = due;
                }
            }
            if (run.stopAt != null && (min == null || run.stopAt.isBefore(min))) {
                min = run.stopAt;
            }
        }
        return min;
    }

    private PodRun admitOrAdopt(Pod pod, Node node, Instant now) {
        List<ContainerStatus> found = pod.status().containerStatuses();
        List<ContainerRun> containers = new ArrayList<>();
        if (!found.isEmpty() && found.stream().allMatch(s -> s.state().running() != null)) {
            for (ContainerStatus s : found) {
                containers.add(ContainerRun.adopted(s.state().running().startedAt(), s.restartCount(), s.imageID()));
            }
            for (Container c : pod.spec().containers()) {
                imageCache.add(node.metadata().name() + "|" + dev.kubelab.sandbox.catalog.ImageRef.parse(c.image())
                        .canonical());
            }
            PodRun run = new PodRun(containers, pod.status().startTime());
            runs.put(pod.metadata().uid(), run);
            return run;
        }
        Instant admitted = scheduledAt(pod, now);
        for (int i = 0; i < pod.spec().containers().size(); i++) {
            containers.add(new ContainerRun(admitted));
        }
        PodRun run = new PodRun(containers, admitted);
        runs.put(pod.metadata().uid(), run);
        String hostIP = node.status().address("InternalIP").orElse(null);
        String podIP = pod.spec().hostNetwork() ? hostIP : PodIpam.allocate(ctx.store(), node);
        var s = pod.status();
        ctx.store().update(new Pod(pod.metadata(), pod.spec(), new dev.kubelab.sandbox.api.PodStatus(s.phase(),
                s.reason(), hostIP, podIP, admitted, s.containerStatuses(), s.conditions(), s.message())));
        return run;
    }

    /** The instant the pod was bound (its PodScheduled condition), so a late reconcile keeps the real timeline. */
    private static Instant scheduledAt(Pod pod, Instant now) {
        for (PodCondition c : pod.status().conditions()) {
            if ("PodScheduled".equals(c.type()) && "True".equals(c.status()) && c.lastTransitionTime() != null
                    && !c.lastTransitionTime().isAfter(now)) {
                return c.lastTransitionTime();
            }
        }
        return now;
    }

    /** Killing events once; the pod leaves the store when its processes have stopped (or the grace ran out). */
    private void terminate(Pod pod, PodRun run, Instant now) {
        long grace = pod.metadata().deletionGracePeriodSeconds() == null ? 30
                : pod.metadata().deletionGracePeriodSeconds();
        Instant requested = pod.metadata().deletionTimestamp().minusSeconds(grace);
        Instant stopAt = requested;
        for (int i = 0; i < pod.spec().containers().size(); i++) {
            Container c = pod.spec().containers().get(i);
            ContainerRun cr = run.containers.get(i);
            if (cr.stage != ContainerRun.Stage.RUNNING) {
                continue;
            }
            if (!run.killed) {
                ctx.events().record(requested, pod, "spec.containers{" + c.name() + "}", "Normal", "Killing",
                        "Stopping container " + c.name(), "kubelet", pod.spec().nodeName());
            }
            int stop = ctx.catalog().process(c).stopSeconds();
            // Even a process that exits at once is seen gone only at the kubelet's next sync, about 1s later.
            Instant t = requested.plusSeconds(stop < 0 || stop > grace ? grace : Math.max(1, stop));
            stopAt = t.isAfter(stopAt) ? t : stopAt;
        }
        run.killed = true;
        run.stopAt = stopAt;
        if (!now.isBefore(stopAt)) {
            ctx.store().delete(pod.kind(), pod.metadata().namespace(), pod.metadata().name());
            runs.remove(pod.metadata().uid());
        }
    }
}
