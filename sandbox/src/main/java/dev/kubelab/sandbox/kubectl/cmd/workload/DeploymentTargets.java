package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * The Deployments a rollout/set verb acts on (TYPE NAME, TYPE/NAME, -l, -f): what Targets finds, with every
 * other kind turned into the verb's own "not implemented for" error, e.g. "no status viewer has been
 * implemented for Pod".
 */
public record DeploymentTargets(List<Deployment> deployments, List<String> errors) {
    public static DeploymentTargets resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args,
                                            String unsupportedPrefix) {
        Targets.Found found = Targets.resolve(ctx, resourceArgs, args);
        List<Deployment> deployments = new ArrayList<>();
        List<String> errors = new ArrayList<>(found.errors());
        for (KubeObject o : found.objects()) {
            if (o instanceof Deployment) {
                deployments.add((Deployment) o);
            } else {
                errors.add("error: " + unsupportedPrefix + " " + groupKind(o));
            }
        }
        return new DeploymentTargets(deployments, errors);
    }

    /** schema.GroupKind.String(): "Pod", "DaemonSet.apps". */
    public static String groupKind(KubeObject o) {
        String qualified = o.kind().qualifiedLowerKind();
        int dot = qualified.indexOf('.');
        return dot < 0 ? o.kind().kindName() : o.kind().kindName() + qualified.substring(dot);
    }
}
