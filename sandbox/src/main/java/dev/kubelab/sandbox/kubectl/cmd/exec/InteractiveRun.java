package dev.kubelab.sandbox.kubectl.cmd.exec;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.pod.PodTarget;
import dev.kubelab.sandbox.shell.pod.SessionEnd;

import java.time.Instant;
import java.util.List;

/**
 * The attached part of `kubectl run NAME --image=I [--rm] -it [-- COMMAND]` (run.go + attach.go), once the new
 * pod's container has started ({@link RunAttach} waits for that): kubectl warns that the session is logged, says
 * "If you don't see a command prompt, try pressing enter." and the terminal is the container's shell. Leaving it:
 * for a restartPolicy Always pod kubectl says how to attach again (attach.go reattachMessage); with --rm it then
 * deletes the pod (`pod "NAME" deleted`); a restartPolicy Never pod whose process ended with a non-zero status is
 * reported as "pod NS/NAME terminated (Error)" (run.go waits for the pod to complete).
 */
public final class InteractiveRun {
    private InteractiveRun() {
    }

    /**
     * pod: as it is now, its container started; command: the words after --, empty for the image's default.
     * Returns kubectl's exit status (0 once a shell session has opened).
     */
    static int attach(KubectlContext ctx, PodLogin login, Pod pod, List<String> command, boolean remove,
                      Streams io, Instant now) {
        String name = pod.metadata().name();
        String namespace = pod.metadata().namespace();
        List<String> argv = command.isEmpty() ? defaultCommand(pod.spec().containers().get(0).image()) : command;
        SessionEnd end = (status, out) -> {
            if ("Always".equals(pod.spec().restartPolicy())) {
                out.out().println("Session ended, resume using 'kubectl attach " + name + " -c "
                        + pod.spec().containers().get(0).name() + " -i -t' command when the pod is running");
            }
            if (remove) {
                delete(ctx, pod, out);
            }
            if ("Never".equals(pod.spec().restartPolicy()) && status != 0) {
                // after the deferred --rm deletion, as run.go returns its CodeExitError
                out.err().println("pod " + namespace + "/" + name + " terminated (Error)");
            }
        };
        PodTarget target = new PodTarget(pod, pod.spec().containers().get(0),
                ExecTargets.servicesAt(ctx, namespace, now));
        AttachedShell.notes(io);
        if (argv.size() == 1 && ImageShell.of(target.container().image()).hasShell(argv.get(0))) {
            AttachedShell.enter(ctx, login, target, argv.get(0), end);
            return 0;
        }
        int status = argv.isEmpty() ? 0 : login.run(target, argv, io);
        if (status != PodLogin.NOT_STARTED) {
            AttachedShell.programEnded(ctx, target, status);
        }
        end.ended(Math.max(status, 0), io);
        // restartPolicy Always: run.go does not wait for an exit code and ends with 0
        return status == PodLogin.NOT_STARTED ? 1 : "Always".equals(pod.spec().restartPolicy()) ? 0 : status;
    }

    /** --rm: kubectl deletes what it created (quietly when it is already gone). */
    static void delete(KubectlContext ctx, Pod pod, Streams io) {
        try {
            ctx.api().delete(Kind.POD, pod.metadata().namespace(), pod.metadata().name());
            io.out().println("pod \"" + pod.metadata().name() + "\" deleted");
        } catch (StatusError e) {
            // already gone: run.go's delete ignores NotFound
        }
    }

    /** Why an -it run cannot be shown here (attaching to a server's output, not a shell), or null when it can. */
    public static String unsupported(String image, List<String> command) {
        List<String> argv = command.isEmpty() ? defaultCommand(image) : command;
        if (command.isEmpty() && (argv.size() != 1 || !ImageShell.of(image).hasShell(argv.get(0)))) {
            return "attaching to " + image + "'s own process is not available in this lab terminal;"
                    + " start a shell instead: kubectl run NAME --image=" + image + " --rm -it -- sh";
        }
        return null;
    }

    private static List<String> defaultCommand(String image) {
        return AttachedShell.defaultCommand(image);
    }
}
