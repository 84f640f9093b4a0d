package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.controller.ContainerRun.Stage;

import java.time.Duration;
import java.time.Instant;

/**
 * A container's process ending (by itself, or its attached shell left): the terminated state, then what the
 * pod's restartPolicy makes of it: nothing more, a restart at once (the first), or CrashLoopBackOff.
 */
final class ContainerExit {
    private ContainerExit() {
    }

    static void exited(Pod pod, ContainerRun run, Instant at, int code) {
        run.state = ContainerState.terminated(code == 0 ? "Completed" : "Error", code, run.startedAt, at);
        run.ready = false;
        run.probeNext = null;
        String policy = pod.spec().restartPolicy() == null ? "Always" : pod.spec().restartPolicy();
        if ("Never".equals(policy) || ("OnFailure".equals(policy) && code == 0)) {
            run.stage = Stage.DONE;
            run.next = null;
        } else if (run.restarts == 0) {
            run.stage = Stage.CRASH_BACKOFF; // the first restart comes at once
            run.next = at.plusSeconds(1);
        } else {
            run.stage = Stage.EXITED;
            run.next = at.plusSeconds(1);
        }
    }

    /** Back-off shows as CrashLoopBackOff once the first quick restart is used up. */
    static void backOff(Pod pod, Container c, ContainerRun run, Instant at, EventRecorder events) {
        String podRef = pod.metadata().name() + "_" + pod.metadata().namespace() + "(" + pod.metadata().uid() + ")";
        run.lastState = run.state;
        run.state = ContainerState.waiting("CrashLoopBackOff", "back-off " + backoffText(run.restarts)
                + " restarting failed container=" + c.name() + " pod=" + podRef);
        events.record(at, pod, "spec.containers{" + c.name() + "}", "Warning", "BackOff",
                "Back-off restarting failed container " + c.name() + " in pod " + podRef, "kubelet",
                pod.spec().nodeName());
        run.stage = Stage.CRASH_BACKOFF;
        run.next = at.plusSeconds(ContainerRun.backoffSeconds(run.restarts) - 1);
    }

    private static String backoffText(int restarts) {
        long s = ContainerRun.backoffSeconds(restarts);
        Duration d = Duration.ofSeconds(s);
        return s < 60 ? s + "s" : d.toMinutes() + "m" + (s % 60 == 0 ? "0s" : (s % 60) + "s");
    }
}
