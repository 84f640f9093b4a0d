package dev.kubelab.sandbox.kubectl.cmd.exec;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.job.ForegroundJob;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * `kubectl attach` without typing into the process: kubectl follows what the running process prints from now on
 * until it ends (exit 0) or Ctrl-C (130). A shell waiting on its stdin prints nothing; the lab does not replay
 * other processes' new output here either (kubectl logs -f shows it).
 */
public final class AttachedOutput implements ForegroundJob {
    private final KubectlContext ctx;
    private final Pod pod;
    private final String container;
    private final String containerID;

    private AttachedOutput(KubectlContext ctx, Pod pod, Container container) {
        this.ctx = ctx;
        this.pod = pod;
        this.container = container.name();
        this.containerID = runningId(pod, this.container);
    }

    /** Starts following (where the command can keep running; elsewhere it returns at once). */
    public static int follow(KubectlContext ctx, Pod pod, Container container) {
        if (ctx.jobs().mayStart()) {
            ctx.jobs().start(new AttachedOutput(ctx, pod, container));
        }
        return 0;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        Pod current = ctx.store().get(Pod.class, pod.metadata().namespace(), pod.metadata().name())
                .filter(p -> p.metadata().uid().equals(pod.metadata().uid())).orElse(null);
        boolean same = current != null && containerID != null && containerID.equals(runningId(current, container));
        return same ? OptionalInt.empty() : OptionalInt.of(0);
    }

    /** The id of the container's current run while it is running, else null. */
    static String runningId(Pod pod, String container) {
        if (pod.status() == null) {
            return null;
        }
        for (ContainerStatus s : pod.status().containerStatuses()) {
            if (s.name().equals(container) && s.state() != null && s.state().running() != null) {
                return s.containerID();
            }
        }
        return null;
    }
}
