package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeCondition;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodCondition;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.GoDuration;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * `kubectl wait --for=condition=TYPE[=VALUE] TYPE/NAME` and `--for=delete` (pkg/cmd/wait): a condition that holds
 * is "condition met" at once; for the others the command keeps running until they hold or --timeout (30s) runs
 * out ({@link ConditionWait}). Where it cannot keep running (a pipe, $(…)) it times out at once.
 */
public final class WaitCommand implements KubectlCommand {
    @Override
    public String name() {
        return "wait";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("for", '\0'), Flag.value("timeout", '\0'), Flag.value("selector", 'l'),
                Flag.bool("all", '\0'), Flag.value("filename", 'f'), Flag.bool("all-namespaces", 'A'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        String forWhat = args.value("for", "");
        if (!forWhat.equals("delete") && !forWhat.startsWith("condition=")) {
            return ApiFailure.fail(ctx, "unrecognized condition: \"" + forWhat + "\"");
        }
        Duration timeout = GoDuration.flag(args, "timeout", "30s", "wait", ctx.io().err());
        if (timeout == null) {
            return 1;
        }
        return ApiFailure.guarded(ctx, () -> {
            Targets.Found found = Targets.resolve(ctx, args.positionals(), args);
            Predicate<KubeObject> met;
            if (forWhat.equals("delete")) {
                met = Objects::isNull;
            } else {
                String[] cond = forWhat.substring("condition=".length()).split("=", 2);
                String wanted = cond.length > 1 ? cond[1] : "True";
                met = o -> o != null && wanted.equalsIgnoreCase(status(o, cond[0]));
            }
            List<KubeObject> pending = new ArrayList<>();
            for (KubeObject o : found.objects()) {
                if (met.test(o)) {
                    ctx.io().out().println(ResultPrinter.nameOf(o) + " condition met");
                } else {
                    pending.add(o);
                }
            }
            // --for=delete: an object that is not there is as good as deleted
            int printed = forWhat.equals("delete") ? 0 : ApiFailure.printAll(ctx, found.errors());
            if (pending.isEmpty()) {
                return printed;
            }
            if (!ctx.jobs().mayStart() || timeout.isZero()) {
                return timedOut(ctx, pending);
            }
            ctx.jobs().start(new ConditionWait(ctx.store(), met, pending,
                    timeout.isNegative() ? null : ctx.now().plus(timeout)));
            return printed;
        });
    }

    private static int timedOut(KubectlContext ctx, List<KubeObject> pending) {
        KubeObject first = pending.get(0);
        return ApiFailure.fail(ctx, "timed out waiting for the condition on " + first.kind().qualifiedPlural() + "/"
                + first.metadata().name());
    }

    /** The status of condition {@code type} (compared case-insensitively, as kubectl does), or null. */
    private static String status(KubeObject o, String type) {
        if (o instanceof Pod) {
            for (PodCondition c : ((Pod) o).status().conditions()) {
                if (c.type().equalsIgnoreCase(type)) {
                    return c.status();
                }
            }
        } else if (o instanceof Node) {
            for (NodeCondition c : ((Node) o).status().conditions()) {
                if (c.type().equalsIgnoreCase(type)) {
                    return c.status();
                }
            }
        } else if (o instanceof Deployment && ((Deployment) o).status() != null) {
            for (WorkloadCondition c : ((Deployment) o).status().conditions()) {
                if (c.type().equalsIgnoreCase(type)) {
                    return c.status();
                }
            }
        }
        return null;
    }
}
