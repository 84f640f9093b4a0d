package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.exec.AttachedOutput;
import dev.kubelab.sandbox.kubectl.cmd.exec.AttachedShell;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.GoDuration;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.pod.PodTarget;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * `kubectl attach (POD | TYPE/NAME) [-c C] [-i] [-t]` (pkg/cmd/attach/attach.go): joins the process a container
 * already runs. -i with the shell of a stdin container (kubectl run -it) makes the terminal that shell
 * ({@link AttachedShell}); leaving it ends the shell and, for restartPolicy Always, kubectl says how to come back.
 * Otherwise only the process's output is followed ({@link AttachedOutput}).
 */
public final class AttachCommand implements KubectlCommand {
    private final Supplier<PodLogin> login;

    public AttachCommand(Supplier<PodLogin> login) {
        this.login = login;
    }

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("stdin", 'i'), Flag.bool("tty", 't'), Flag.value("container", 'c'),
                Flag.bool("quiet", 'q'), Flag.value("pod-running-timeout", '\0'), Flag.value("detach-keys", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        Duration timeout = GoDuration.flag(args, "pod-running-timeout", "1m0s", "attach", ctx.io().err());
        if (timeout == null) {
            return 1;
        }
        if (timeout.isZero() || timeout.isNegative()) {
            // GetPodRunningTimeoutFlag, in ToOptions: before the arguments are looked at
            return ApiFailure.usage(ctx, "--pod-running-timeout must be higher than zero", "attach");
        }
        List<String> resources = args.positionals();
        if (resources.isEmpty()) {
            return ApiFailure.fail(ctx, "at least 1 argument is required for attach");
        }
        if (resources.size() > 2) {
            return ApiFailure.fail(ctx, "expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw "
                    + resources.size() + ": [" + String.join(" ", resources) + "]");
        }
        String target = resources.size() == 2 ? resources.get(0) + "/" + resources.get(1) : resources.get(0);
        boolean quiet = args.bool("quiet");
        Pod pod;
        Container container;
        try {
            pod = PodForObject.attachable(ctx, TargetNamespace.of(args), target, "attach").pod();
            if (pod == null) {
                return PodForObject.awaitNone(ctx, args, "attach", "1m0s");
            }
            String phase = pod.status() == null ? "Pending" : pod.status().phase();
            if (phase.equals("Succeeded") || phase.equals("Failed")) {
                return ApiFailure.fail(ctx, "cannot attach a container in a completed pod; current phase is "
                        + phase);
            }
            container = ExecTargets.choose(ctx, pod, args.value("container", null), quiet, "attach");
        } catch (ExecTargets.Refusal r) {
            ctx.io().err().println(r.getMessage());
            return 1;
        }
        boolean tty = args.bool("tty");
        if (tty && !container.tty()) {
            tty = false;
            if (!quiet) {
                ctx.io().err().println("error: Unable to use a TTY - container " + container.name()
                        + " did not allocate one");
            }
        } else if (!tty && container.tty()) {
            tty = true; // a container started with a terminal is always attached with one
        }
        if (!quiet) {
            AttachedShell.notes(ctx.io());
        }
        return attach(ctx, pod, container, args.bool("stdin"), tty, quiet);
    }

    private int attach(KubectlContext ctx, Pod pod, Container container, boolean stdin, boolean tty, boolean quiet) {
        PodTarget target;
        try {
            target = ExecTargets.running(ctx, pod, container, "container " + container.name() + " not found in pod "
                    + pod.metadata().name() + "_" + pod.metadata().namespace());
        } catch (ExecTargets.Refusal r) {
            ctx.io().err().println(r.getMessage());
            return 1;
        }
        String shell = container.stdin() ? AttachedShell.shellOf(container) : null;
        if (!stdin || shell == null) {
            return AttachedOutput.follow(ctx, pod, container);
        }
        if (!tty) {
            return ApiFailure.fail(ctx, "typing into a shell without a terminal is not available in this lab"
                    + " terminal; start the pod with kubectl run -it");
        }
        AttachedShell.enter(ctx, login.get(), target, shell, (status, io) -> {
            // attach.go reattachMessage: only for a raw terminal with stdin, and a container that comes back
            if (!quiet && "Always".equals(pod.spec().restartPolicy())) {
                io.out().println("Session ended, resume using 'kubectl attach " + pod.metadata().name() + " -c "
                        + container.name() + " -i -t' command when the pod is running");
            }
        });
        return 0;
    }
}
