package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.controller.DeploymentRollback;
import dev.kubelab.sandbox.controller.Revisions;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.family.BareVerb;
import dev.kubelab.sandbox.kubectl.cmd.workload.DeploymentTargets;
import dev.kubelab.sandbox.kubectl.cmd.workload.PodTemplateText;
import dev.kubelab.sandbox.kubectl.cmd.workload.RevisionTable;
import dev.kubelab.sandbox.kubectl.cmd.workload.RolloutRestart;
import dev.kubelab.sandbox.kubectl.cmd.workload.RolloutProgress;
import dev.kubelab.sandbox.kubectl.cmd.workload.RolloutWatch;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.IntFlags;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.GoDuration;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl rollout status DEPLOYMENT|STATEFULSET`, `rollout history|undo DEPLOYMENT`, `rollout restart DEPLOYMENT|DAEMONSET` (pkg/cmd/rollout).
 * `status` prints the progress line for the cluster as it is now and, unless the rollout is done or --watch=false,
 * keeps running in the foreground and prints a line per change until it is ({@link RolloutWatch}).
 */
public final class RolloutCommand implements KubectlCommand {
    @Override
    public String name() {
        return "rollout";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("timeout", '\0'), Flag.bool("watch", 'w'), Flag.value("revision", '\0'),
                Flag.value("to-revision", '\0'), Flag.value("selector", 'l'), Flag.value("filename", 'f'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("dry-run", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("history", "restart", "status", "undo");
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (BareVerb.printedHelp(args, ctx, help())) {
            return 0;
        }
        String sub = args.positionals().get(0);
        List<String> rest = args.positionals().subList(1, args.positionals().size());
        return ApiFailure.guarded(ctx, () -> {
            switch (sub) {
                case "status":
                    return status(ctx, rest, args);
                case "history":
                    long revision = IntFlags.value(args, "revision", "--revision", 0, "rollout history");
                    return history(ctx, targets(ctx, rest, args, "no history viewer has been implemented for"),
                            revision);
                case "undo":
                    long to = IntFlags.value(args, "to-revision", "--to-revision", 0, "rollout undo");
                    return undo(ctx, targets(ctx, rest, args, "no rollbacker has been implemented for"), to);
                case "restart":
                    return RolloutRestart.run(ctx, rest, args);
                case "pause": case "resume":
                    return ApiFailure.fail(ctx, "\"kubectl rollout " + sub + "\" is not available in this lab"
                            + " terminal yet.");
                default:
                    return ApiFailure.usage(ctx, "unknown command \"" + sub + "\" for \"kubectl rollout\"", "rollout");
            }
        });
    }

    private static DeploymentTargets targets(KubectlContext ctx, List<String> rest, ParsedArgs args, String prefix) {
        return DeploymentTargets.resolve(ctx, rest, args, prefix);
    }

    /** kubectl's StatusViewerFor: Deployments and StatefulSets have one. */
    private static int status(KubectlContext ctx, List<String> rest, ParsedArgs args) {
        Duration timeout = GoDuration.flag(args, "timeout", "0s", "rollout status", ctx.io().err());
        if (timeout == null) {
            return 1;
        }
        Targets.Found found = Targets.resolve(ctx, rest, args);
        List<String> errors = new ArrayList<>(found.errors());
        KubeObject waitFor = null;
        int viewed = 0;
        for (KubeObject o : found.objects()) {
            if (!(o instanceof Deployment) && !(o instanceof StatefulSet)) {
                errors.add("error: no status viewer has been implemented for " + DeploymentTargets.groupKind(o));
                continue;
            }
            viewed++;
            RolloutProgress progress = RolloutProgress.of(o);
            if (progress.failed()) {
                errors.add("error: " + progress.line());
            } else {
                ctx.io().out().println(progress.line());
                waitFor = progress.done() ? waitFor : o;
            }
        }
        boolean watch = !args.value("watch", "true").equals("false");
        if (waitFor != null && watch && errors.isEmpty() && viewed == 1 && ctx.jobs().mayStart()) {
            ctx.jobs().start(new RolloutWatch(ctx.store(), waitFor,
                    timeout.isZero() ? null : ctx.now().plus(timeout)));
        }
        return ApiFailure.printAll(ctx, errors);
    }

    private static int history(KubectlContext ctx, DeploymentTargets found, long revision) {
        List<String> errors = new ArrayList<>(found.errors());
        for (Deployment d : found.deployments()) {
            List<ReplicaSet> history = DeploymentRollback.history(ctx.store(), d);
            if (revision <= 0) {
                ctx.io().out().print(ResultPrinter.nameOf(d) + " \n" + RevisionTable.render(history) + "\n");
                continue;
            }
            ReplicaSet chosen = history.stream().filter(rs -> Revisions.of(rs) == revision).findFirst().orElse(null);
            if (chosen == null) {
                errors.add("error: unable to find the specified revision");
                continue;
            }
            ctx.io().out().print(ResultPrinter.nameOf(d) + " with revision #" + revision + "\n"
                    + PodTemplateText.of(chosen.template()) + "\n");
        }
        return ApiFailure.printAll(ctx, errors);
    }

    private static int undo(KubectlContext ctx, DeploymentTargets found, long toRevision) {
        List<String> errors = new ArrayList<>(found.errors());
        for (Deployment d : found.deployments()) {
            try {
                DeploymentRollback.undo(ctx.store(), d, toRevision);
                ctx.io().out().println(ResultPrinter.nameOf(d) + " rolled back");
            } catch (IllegalArgumentException e) {
                errors.add("error: " + e.getMessage());
            }
        }
        return ApiFailure.printAll(ctx, errors);
    }
}
