package dev.kubelab.sandbox.kubectl.cmd.exec;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageInfo;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.pod.PodTarget;
import dev.kubelab.sandbox.shell.pod.SessionEnd;

import java.util.ArrayList;
import java.util.List;

/**
 * An attached session with a container whose own process is a shell (kubectl run -it, kubectl attach -it): the
 * terminal becomes that shell; leaving it ends the container's process, so the kubelet is told the shell's exit
 * status first (it then restarts the container or reports it Completed/Error), then kubectl's own end runs.
 */
public final class AttachedShell {
    private AttachedShell() {
    }

    /** What attach.go prints before it connects (unless --quiet). */
    public static void notes(Streams io) {
        io.err().println("All commands and output from this session will be recorded in container logs,"
                + " including credentials and sensitive information passed through the command prompt.");
        io.err().println("If you don't see a command prompt, try pressing enter.");
    }

    public static void enter(KubectlContext ctx, PodLogin login, PodTarget target, String shell, SessionEnd after) {
        String containerID = AttachedOutput.runningId(target.pod(), target.container().name());
        login.enter(target, shell, (status, io) -> {
            ctx.stdin().sessionEnded(containerID, status, ctx.api().now());
            after.ended(status, io);
        });
    }

    /**
     * A program other than a shell that read the session's input (`-- cat`) ended with status: as the session is
     * over its stdin is closed, so the container's process ends too. Others (curl, sleep) do not read stdin.
     */
    static void programEnded(KubectlContext ctx, PodTarget target, int status) {
        if (ImageCatalog.standard().readsStdin(target.container())) {
            ctx.stdin().sessionEnded(AttachedOutput.runningId(target.pod(), target.container().name()), status,
                    ctx.api().now());
        }
    }

    /**
     * The shell the container runs as its process (its command, else its args, else the image's default
     * command, as InteractiveRun reads the words after --), or null when that is not a lone shell.
     */
    public static String shellOf(Container c) {
        List<String> argv = new ArrayList<>(c.command());
        argv.addAll(c.args());
        if (argv.isEmpty()) {
            argv.addAll(defaultCommand(c.image()));
        }
        return argv.size() == 1 && ImageShell.of(c.image()).hasShell(argv.get(0)) ? argv.get(0) : null;
    }

    static List<String> defaultCommand(String image) {
        ImageInfo info = ImageCatalog.standard().lookup(image).orElse(null);
        return info == null ? List.of() : info.cmd();
    }
}
