package dev.kubelab.sandbox.kubectl.cmd.exec;

import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.shell.pod.PodLogin;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * The waiting part of `kubectl run -it` (run.go handleAttachPod: waitForPod with podRunningAndReady, bounded by
 * --pod-running-timeout): nothing shows while the new pod's image is pulled and its container created; once the
 * container has started, the session opens ({@link InteractiveRun}). Running out of time ends it with
 * "error: timed out waiting for the condition", after the --rm deletion (kubectl defers that, so it comes first).
 * Ctrl-C: kubectl's interrupt handler exits 1 at once, so nothing is printed and even a --rm pod stays.
 */
public final class RunAttach implements ForegroundJob {
    private final KubectlContext ctx;
    private final PodLogin login;
    private final Pod created;
    private final List<String> command;
    private final boolean remove;
    /** When --pod-running-timeout runs out; null for never (0, as watchtools.ContextWithOptionalTimeout reads it). */
    private final Instant deadline;

    public RunAttach(KubectlContext ctx, PodLogin login, Pod created, List<String> command, boolean remove,
                     Instant deadline) {
        this.ctx = ctx;
        this.login = login;
        this.created = created;
        this.command = List.copyOf(command);
        this.remove = remove;
        this.deadline = deadline;
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        Pod current = ctx.store().get(Pod.class, created.metadata().namespace(), created.metadata().name())
                .filter(p -> p.metadata().uid().equals(created.metadata().uid())).orElse(null);
        if (current == null) {
            // podRunningAndReady on a watch.Deleted event: NewNotFound with an empty name
            io.err().println("Error from server (NotFound): pods \"\" not found");
            return OptionalInt.of(1);
        }
        if (started(current)) {
            return OptionalInt.of(InteractiveRun.attach(ctx, login, current, command, remove, io, now));
        }
        if (deadline != null && !now.isBefore(deadline)) {
            return OptionalInt.of(timedOut(io));
        }
        return OptionalInt.empty();
    }

    @Override
    public int interrupt(Streams io) {
        return 1;
    }

    /** Where the command cannot keep running (a pipe, $(…)): what it finds at once, else the timeout. */
    public int once(Instant now, Streams io) {
        OptionalInt ended = pump(now, io);
        return ended.isPresent() ? ended.getAsInt() : timedOut(io);
    }

    private int timedOut(Streams io) {
        if (remove) {
            InteractiveRun.delete(ctx, created, io);
        }
        io.err().println("error: timed out waiting for the condition");
        return 1;
    }

    /**
     * The container has started (running, or already exited or restarting). kubectl waits for Running and Ready:
     * a shell with stdin open is Running until the session ends it, but a one-shot command (`-- curl -s web`)
     * can be over before kubectl looks again, so having started is what stands for "running".
     */
    static boolean started(Pod pod) {
        if (pod.status() == null) {
            return false;
        }
        for (ContainerStatus s : pod.status().containerStatuses()) {
            boolean ran = s.state() != null && (s.state().running() != null || s.state().terminated() != null);
            if (ran || s.restartCount() > 0) {
                return true;
            }
        }
        return false;
    }
}
