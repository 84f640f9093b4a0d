package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.shell.pod.ImageShell;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.pod.PodTarget;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * `kubectl exec (POD | TYPE/NAME) [-c C] [-i] [-t] -- COMMAND [ARGS…]` (pkg/cmd/exec/exec.go): TYPE/NAME picks a
 * pod as {@link PodForObject} does (deploy/web: its most active pod); -it with a shell
 * makes the terminal a login to the container (exit comes back; a non-zero status is reported as kubectl does),
 * anything else runs once and prints its output.
 */
public final class ExecCommand implements KubectlCommand {
    private static final String USAGE = "expected 'exec (POD | TYPE/NAME) COMMAND [ARG1] [ARG2] ... [ARGN]'.\n"
            + "POD or TYPE/NAME and COMMAND are required arguments for the exec command";

    private final Supplier<PodLogin> login;

    public ExecCommand(Supplier<PodLogin> login) {
        this.login = login;
    }

    @Override
    public String name() {
        return "exec";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("stdin", 'i'), Flag.bool("tty", 't'), Flag.value("container", 'c'),
                Flag.bool("quiet", 'q'), Flag.value("pod-running-timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        List<String> positionals = args.positionals();
        int dash = args.argsLenAtDash();
        if (dash < 0 && positionals.size() > 1) {
            return ApiFailure.fail(ctx, "exec [POD] [COMMAND] is not supported anymore."
                    + " Use exec [POD] -- [COMMAND] instead");
        }
        if (positionals.isEmpty() || dash == 0) {
            return ApiFailure.usage(ctx, USAGE, "exec");
        }
        List<String> command = dash < 0 ? List.of() : positionals.subList(dash, positionals.size());
        if (command.isEmpty()) {
            return ApiFailure.fail(ctx, "you must specify at least one command for the container");
        }
        PodTarget target;
        try {
            Pod pod = PodForObject.attachable(ctx, TargetNamespace.of(args), positionals.get(0), "exec").pod();
            if (pod == null) {
                return PodForObject.awaitNone(ctx, args, "exec", "1m0s");
            }
            target = ExecTargets.find(ctx, pod, args.value("container", null), args.bool("quiet"));
        } catch (ExecTargets.Refusal r) {
            ctx.io().err().println(r.getMessage());
            return 1;
        }
        boolean interactive = args.bool("stdin") && args.bool("tty") && command.size() == 1;
        if (interactive && ImageShell.of(target.container().image()).hasShell(command.get(0))) {
            login.get().enter(target, command.get(0), (status, io) -> {
                if (status != 0) {
                    io.err().println("command terminated with exit code " + status);
                }
            });
            return 0;
        }
        return runOnce(ctx, login.get(), target, command);
    }

    /** A program in the pod that goes on running: kubectl's line about a non-zero exit when it ends. */
    private static final class ExitReport implements ForegroundJob {
        private final ForegroundJob program;

        ExitReport(ForegroundJob program) {
            this.program = program;
        }

        @Override
        public OptionalInt pump(Instant now, Streams io) {
            OptionalInt status = program.pump(now, io);
            if (status.isPresent() && status.getAsInt() != 0) {
                io.err().println("command terminated with exit code " + status.getAsInt());
            }
            return status;
        }

        @Override
        public int interrupt(Streams io) {
            return program.interrupt(io);
        }
    }

    /** One command in the container: its output, then kubectl's report of a non-zero exit status. */
    static int runOnce(KubectlContext ctx, PodLogin login, PodTarget target, List<String> command) {
        ForegroundJob before = ctx.jobs().started();
        int status = login.run(target, command, ctx.io());
        if (status == PodLogin.NOT_STARTED) {
            return 1;
        }
        if (ctx.jobs().started() != before) {
            // the program runs on the lab clock (ping, nc -w, watch…): kubectl reports when it ends
            ctx.jobs().wrapStarted(ExitReport::new);
            return status;
        }
        if (status != 0) {
            ctx.io().err().println("command terminated with exit code " + status);
        }
        return status;
    }
}
