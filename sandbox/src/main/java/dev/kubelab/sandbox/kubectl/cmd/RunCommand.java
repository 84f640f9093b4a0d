package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.cmd.exec.InteractiveRun;
import dev.kubelab.sandbox.kubectl.cmd.exec.RunAttach;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.CreateDefaults;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.RunGenerator;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.GoDuration;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * `kubectl run NAME --image=IMAGE` (pkg/cmd/run/run.go): a bare pod labelled run=NAME; with --expose --port
 * also a ClusterIP Service, printed first. With -it (and --rm) kubectl waits for the new pod to run
 * ({@link RunAttach}, up to --pod-running-timeout), then the terminal becomes its container's shell
 * ({@link InteractiveRun}).
 */
public final class RunCommand implements KubectlCommand {
    private final Supplier<PodLogin> login;

    public RunCommand() {
        this(() -> PodLogin.NONE);
    }

    /** login: the terminal's way into the new pod's container, for -it. */
    public RunCommand(Supplier<PodLogin> login) {
        this.login = login;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("image", '\0'), Flag.value("labels", 'l'), Flag.value("port", '\0'),
                Flag.bool("expose", '\0'), Flag.value("restart", '\0'), Flag.value("env", '\0'),
                Flag.bool("command", '\0'), Flag.value(DryRun.FLAG, '\0'), Flag.value(ResultPrinter.OUTPUT, 'o'),
                Flag.bool("stdin", 'i'), Flag.bool("tty", 't'), Flag.bool("rm", '\0'), Flag.bool("attach", '\0'),
                Flag.bool("leave-stdin-open", '\0'),
                Flag.value("image-pull-policy", '\0'), Flag.value("pod-running-timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        return ApiFailure.guarded(ctx, () -> create(args, ctx));
    }

    private int create(ParsedArgs args, KubectlContext ctx) {
        ResultPrinter printer = ResultPrinter.of(args, DryRun.of(args), ctx);
        Duration timeout = GoDuration.flag(args, "pod-running-timeout", "1m0s", "run", ctx.io().err());
        if (timeout == null) {
            return 1;
        }
        if (args.positionals().isEmpty()) {
            return ApiFailure.usage(ctx, "NAME is required for run", "run");
        }
        if (!args.has("image")) {
            return ApiFailure.fail(ctx, "required flag(s) \"image\" not set");
        }
        if (args.bool("tty") && !args.bool("stdin")) {
            return ApiFailure.fail(ctx, "-i/--stdin is required for containers with -t/--tty=true");
        }
        if (args.bool("expose") && !args.has("port")) {
            return ApiFailure.usage(ctx, "--port must be set when exposing a service", "run");
        }
        // --attach defaults to -i's value (an explicit --attach=false creates a stdin pod without attaching)
        boolean attach = args.has("attach") ? args.bool("attach") : args.bool("stdin");
        if (args.bool("rm") && !attach) {
            return ApiFailure.fail(ctx, "--rm should only be used for attached containers");
        }
        if (attach && printer.dryRun() != DryRun.NONE) {
            return ApiFailure.fail(ctx, "--dry-run=[server|client] can't be used with attached containers options"
                    + " (--attach, --stdin, or --tty)");
        }
        if (attach && (!args.bool("tty") || args.bool("expose"))) {
            return ApiFailure.fail(ctx, "kubectl run -i is offered here only as -it (with --rm or not), without"
                    + " --expose");
        }
        String name = args.positionals().get(0);
        String namespace = TargetNamespace.of(args);
        List<String> extra = args.positionals().subList(1, args.positionals().size());
        String unsupported = attach ? InteractiveRun.unsupported(args.value("image", ""), extra) : null;
        if (unsupported != null) {
            return ApiFailure.fail(ctx, unsupported);
        }
        if (attach) {
            Pod pod = (Pod) ctx.api().create(CreateDefaults.apply(RunGenerator.pod(name, namespace, args, extra)),
                    false);
            // A negative timeout waits for ever too (watchtools.ContextWithOptionalTimeout; its klog line is left out).
            RunAttach job = new RunAttach(ctx, login.get(), pod, extra, args.bool("rm"),
                    timeout.isZero() || timeout.isNegative() ? null : ctx.now().plus(timeout));
            if (!ctx.jobs().mayStart()) {
                return job.once(ctx.now(), ctx.io());
            }
            ctx.jobs().start(job);
            return 0;
        }
        List<KubeObject> objects = new ArrayList<>();
        if (args.bool("expose")) {
            objects.add(RunGenerator.service(name, namespace, args));
        }
        objects.add(RunGenerator.pod(name, namespace, args, extra));
        for (KubeObject o : objects) {
            if (printer.dryRun() == DryRun.CLIENT) {
                printer.print(ctx, args.has(GlobalFlags.NAMESPACE) ? o
                        : o.withMetadata(TargetNamespace.withNamespace(o.metadata(), "")), "created");
                continue;
            }
            printer.print(ctx, ctx.api().create(CreateDefaults.apply(o), printer.dryRun() == DryRun.SERVER),
                    "created");
        }
        return 0;
    }
}
