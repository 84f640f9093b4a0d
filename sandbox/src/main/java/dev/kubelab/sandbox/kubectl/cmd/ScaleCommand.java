package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.IntFlags;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** `kubectl scale deployment|replicaset NAME --replicas=N` (pkg/cmd/scale): "deployment.apps/web scaled". */
public final class ScaleCommand implements KubectlCommand {
    @Override
    public String name() {
        return "scale";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("replicas", '\0'), Flag.value("current-replicas", '\0'),
                Flag.value("selector", 'l'), Flag.bool("all", '\0'), Flag.value("filename", 'f'),
                Flag.value(ResultPrinter.OUTPUT, 'o'), Flag.value("timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        try {
            int replicas = IntFlags.value(args, "replicas", "--replicas", -1, "scale");
            if (replicas < 0) {
                return ApiFailure.usage(ctx, "The --replicas=COUNT flag is required, and COUNT must be greater than"
                        + " or equal to 0", "scale");
            }
            int current = IntFlags.value(args, "current-replicas", "--current-replicas", -1, "scale");
            Targets.Found found = Targets.resolve(ctx, args.positionals(), args);
            List<String> errors = new java.util.ArrayList<>(found.errors());
            for (KubeObject o : found.objects()) {
                try {
                    scale(ctx, o, replicas, current);
                    ctx.io().out().println(ResultPrinter.nameOf(o) + " scaled");
                } catch (UsageException e) {
                    errors.add("error: " + e.getMessage());
                } catch (StatusError e) {
                    errors.add(dev.kubelab.sandbox.apiserver.KubectlErrorText.of(e));
                }
            }
            return ApiFailure.printAll(ctx, errors);
        } catch (UsageException e) {
            return ApiFailure.fail(ctx, e.getMessage());
        }
    }

    /** PUT of the scale subresource: spec.replicas changes, and with it the generation. */
    private static void scale(KubectlContext ctx, KubeObject o, int replicas, int current) {
        int now;
        KubeObject scaled;
        if (o instanceof Deployment) {
            now = ((Deployment) o).replicas();
            scaled = ((Deployment) o).withReplicas(replicas);
        } else if (o instanceof ReplicaWorkload) {
            now = ((ReplicaWorkload<?>) o).replicas();
            scaled = ((ReplicaWorkload<?>) o).withReplicas(replicas);
        } else if (o instanceof StatefulSet) {
            now = ((StatefulSet) o).replicas();
            scaled = ((StatefulSet) o).withReplicas(replicas);
        } else {
            throw new UsageException("cannot scale a " + o.kind().kindName() + ": the server could not find the"
                    + " requested resource");
        }
        if (current >= 0 && current != now) {
            throw new UsageException("Expected replicas to be " + current + ", was " + now);
        }
        if (now != replicas) {
            ctx.api().update(scaled.withMetadata(scaled.metadata().withGeneration(o.metadata().generation() + 1)));
        }
    }
}
