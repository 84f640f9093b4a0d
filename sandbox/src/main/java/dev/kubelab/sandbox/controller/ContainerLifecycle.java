package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.ImageInfo;
import dev.kubelab.sandbox.catalog.ImageRef;
import dev.kubelab.sandbox.catalog.ContainerProcess;
import dev.kubelab.sandbox.controller.ContainerRun.Stage;

import java.time.Instant;
import java.util.Set;

/**
 * One container's life on the simulated clock: pull (or ErrImagePull → ImagePullBackOff and retry), create,
 * start, readiness, exit and restart with CrashLoopBackOff. Each step happens at its own instant, so a big clock
 * jump replays the same history a watching learner would have seen.
 */
final class ContainerLifecycle {
    private static final int MAX_STEPS = 400;
    private final ControllerContext ctx;
    private final Set<String> imageCache;

    ContainerLifecycle(ControllerContext ctx, Set<String> imageCache) {
        this.ctx = ctx;
        this.imageCache = imageCache;
    }

    void advance(Pod pod, Container c, ContainerRun run, Instant now) {
        for (int i = 0; i < MAX_STEPS; i++) {
            Instant due = due(run);
            if (due == null || due.isAfter(now)) {
                return;
            }
            step(pod, c, run, due);
        }
    }

    static Instant due(ContainerRun run) {
        if (run.stage == Stage.RUNNING) {
            if (run.next != null && (run.probeNext == null || !run.probeNext.isBefore(run.next))) {
                return run.next;
            }
            return run.probeNext;
        }
        return run.stage == Stage.DONE ? null : run.next;
    }

    private void step(Pod pod, Container c, ContainerRun run, Instant at) {
        String node = pod.spec().nodeName();
        String field = "spec.containers{" + c.name() + "}";
        switch (run.stage) {
            case WAIT_PULL -> {
                String key = node + "|" + ImageRef.parse(c.image()).canonical();
                boolean cached = imageCache.contains(key) && !"Always".equals(c.imagePullPolicy());
                if (cached && ctx.catalog().pullable(c.image())) {
                    // No pull, but containerd still creates the container: ContainerCreating for about a second.
                    event(at, pod, field, "Normal", "Pulled", PullMessages.alreadyPresent(c.image()));
                    run.stage = Stage.CREATING;
                    run.next = at.plusSeconds(1);
                } else {
                    event(at, pod, field, "Normal", "Pulling", PullMessages.pulling(c.image()));
                    run.stage = Stage.PULLING;
                    run.next = at.plusMillis(ctx.catalog().lookup(c.image()).map(ImageInfo::pullMillis).orElse(800L));
                }
            }
            case PULLING -> pulled(pod, c, run, at, field);
            case CREATING -> start(pod, c, run, at);
            case PULL_FAILED -> {
                run.pullAttempts++;
                String msg = "Back-off pulling image \"" + c.image() + "\"";
                run.state = ContainerState.waiting("ImagePullBackOff",
                        msg + ": ErrImagePull: " + PullMessages.pullError(ctx.catalog(), c.image()));
                event(at, pod, field, "Normal", "BackOff", msg);
                event(at, pod, field, "Warning", "Failed", "Error: ImagePullBackOff");
                run.stage = Stage.PULL_BACKOFF;
                run.next = at.plusSeconds(ContainerRun.backoffSeconds(run.pullAttempts));
            }
            case PULL_BACKOFF -> run.stage = Stage.WAIT_PULL;
            case RUNNING -> running(pod, c, run, at, field);
            case EXITED -> ContainerExit.backOff(pod, c, run, at, ctx.events());
            case CRASH_BACKOFF -> restart(pod, c, run, at, field);
            default -> run.next = null;
        }
    }

    private void pulled(Pod pod, Container c, ContainerRun run, Instant at, String field) {
        if (!ctx.catalog().pullable(c.image())) {
            String error = PullMessages.pullError(ctx.catalog(), c.image());
            run.state = ContainerState.waiting("ErrImagePull", error);
            event(at, pod, field, "Warning", "Failed", PullMessages.failedToPull(c.image(), error));
            event(at, pod, field, "Warning", "Failed", "Error: ErrImagePull");
            run.stage = Stage.PULL_FAILED;
            run.next = at.plusSeconds(1);
            return;
        }
        ImageInfo info = ctx.catalog().lookup(c.image()).orElseThrow();
        imageCache.add(pod.spec().nodeName() + "|" + ImageRef.parse(c.image()).canonical());
        event(at, pod, field, "Normal", "Pulled", PullMessages.pulled(c.image(), info.pullMillis(), info.size()));
        start(pod, c, run, at);
    }

    private void start(Pod pod, Container c, ContainerRun run, Instant at) {
        String field = "spec.containers{" + c.name() + "}";
        ImageRef ref = ImageRef.parse(c.image());
        // Every pod of an image shows the same digest: one shared copy instead of one per container (heap).
        run.imageID = ctx.catalog().lookup(c.image()).map(i -> i.repository() + "@" + i.digest()).orElse(ref.canonical())
                .intern();
        run.containerID = "containerd://" + ctx.seed().uid().replace("-", "") + ctx.seed().uid().replace("-", "");
        event(at, pod, field, "Normal", "Created", "Created container: " + c.name());
        event(at, pod, field, "Normal", "Started", "Started container " + c.name());
        run.stage = Stage.RUNNING;
        run.startedAt = at;
        run.state = ContainerState.runningSince(at);
        ContainerProcess p = ctx.catalog().process(c);
        run.next = p.forever() ? null : at.plusSeconds(p.runSeconds());
        run.ready = c.readinessProbe() == null;
        run.probeNext = c.readinessProbe() == null ? null : at.plusSeconds(c.readinessProbe().initialDelaySeconds());
    }

    private void running(Pod pod, Container c, ContainerRun run, Instant at, String field) {
        if (run.probeNext != null && !run.probeNext.isAfter(at) && (run.next == null || run.probeNext.isBefore(run.next))) {
            String failure = Readiness.failure(ctx.catalog(), pod, c, run);
            run.ready = failure == null;
            if (failure != null) {
                event(at, pod, field, "Warning", "Unhealthy", "Readiness probe failed: " + failure);
                run.probeNext = at.plusSeconds(Math.max(1, c.readinessProbe().periodSeconds()));
            } else {
                run.probeNext = null;
            }
            return;
        }
        ContainerExit.exited(pod, run, at, ctx.catalog().process(c).exitCode());
    }

    /**
     * The learner left the attached shell of this run of the container (see {@link ContainerStdin}): its process
     * ends then with the shell's status. Applied before a deletion is looked at, so a --rm pod goes at once.
     */
    void sessionEnded(Pod pod, Container c, ContainerRun run, Instant now) {
        ContainerStdin.Ended end = ctx.stdin().take(run.containerID);
        if (end == null || run.stage != Stage.RUNNING) {
            return;
        }
        Instant at = end.at().isAfter(now) ? now : end.at();
        advance(pod, c, run, at);
        if (run.stage == Stage.RUNNING) {
            ContainerExit.exited(pod, run, at, end.status());
        }
    }

    private void restart(Pod pod, Container c, ContainerRun run, Instant at, String field) {
        if (run.state.terminated() != null) {
            run.lastState = run.state;
        }
        run.restarts++;
        if ("Always".equals(c.imagePullPolicy())) {
            event(at, pod, field, "Normal", "Pulling", PullMessages.pulling(c.image()));
            ImageInfo info = ctx.catalog().lookup(c.image()).orElseThrow();
            event(at, pod, field, "Normal", "Pulled", PullMessages.pulled(c.image(), info.pullMillis(), info.size()));
        } else {
            event(at, pod, field, "Normal", "Pulled", PullMessages.alreadyPresent(c.image()));
        }
        start(pod, c, run, at);
    }

    private void event(Instant at, Pod pod, String field, String type, String reason, String message) {
        ctx.events().record(at, pod, field, type, reason, message, "kubelet", pod.spec().nodeName());
    }
}
