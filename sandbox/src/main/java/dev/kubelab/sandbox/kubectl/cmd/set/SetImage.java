package dev.kubelab.sandbox.kubectl.cmd.set;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.workload.DeploymentTargets;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `kubectl set image TYPE/NAME CONTAINER=IMAGE…` (pkg/cmd/set/set_image.go) for Deployments, DaemonSets,
 * StatefulSets, ReplicaSets and ReplicationControllers: "deployment.apps/web image updated"; nothing is printed
 * when the images are already those.
 */
public final class SetImage {
    private SetImage() {
    }

    public static int run(ParsedArgs args, KubectlContext ctx) {
        List<String> resources = new ArrayList<>();
        Map<String, String> images = new LinkedHashMap<>();
        for (String a : args.positionals().subList(1, args.positionals().size())) {
            int eq = a.indexOf('=');
            if (eq > 0) {
                images.put(a.substring(0, eq), a.substring(eq + 1));
            } else {
                resources.add(a);
            }
        }
        if (images.isEmpty()) {
            return ApiFailure.usage(ctx, "at least one image update is required", "set image");
        }
        return ApiFailure.guarded(ctx, () -> {
            SetTargets targets = SetTargets.resolve(ctx, resources, args);
            List<String> errors = new ArrayList<>(targets.found().errors());
            for (KubeObject o : targets.found().objects()) {
                try {
                    if (templateOf(o) == null) {
                        errors.add("error: no image updater has been implemented for " + DeploymentTargets.groupKind(o));
                    } else {
                        update(ctx, targets, o, images, errors);
                    }
                } catch (StatusError e) {
                    errors.add(KubectlErrorText.of(e));
                }
            }
            return ApiFailure.printAll(ctx, errors);
        });
    }

    /** The pod template of a workload whose images set can change; null for other kinds. */
    private static PodTemplateSpec templateOf(KubeObject o) {
        if (o instanceof Deployment) {
            return ((Deployment) o).template();
        }
        if (o instanceof DaemonSet) {
            return ((DaemonSet) o).template();
        }
        if (o instanceof StatefulSet) {
            return ((StatefulSet) o).template();
        }
        return o instanceof ReplicaWorkload ? ((ReplicaWorkload<?>) o).template() : null;
    }

    private static KubeObject withTemplate(KubeObject o, PodTemplateSpec t) {
        if (o instanceof Deployment) {
            return ((Deployment) o).withTemplate(t);
        }
        if (o instanceof StatefulSet) {
            return ((StatefulSet) o).withTemplate(t);
        }
        return o instanceof DaemonSet ? ((DaemonSet) o).withTemplate(t) : ((ReplicaWorkload<?>) o).withTemplate(t);
    }

    private static void update(KubectlContext ctx, SetTargets targets, KubeObject d, Map<String, String> images,
                               List<String> errors) {
        List<Container> containers = new ArrayList<>(templateOf(d).spec().containers());
        boolean changed = false;
        for (Map.Entry<String, String> want : images.entrySet()) {
            boolean matched = false;
            for (int i = 0; i < containers.size(); i++) {
                Container c = containers.get(i);
                if (want.getKey().equals("*") || c.name().equals(want.getKey())) {
                    matched = true;
                    changed |= !c.image().equals(want.getValue());
                    containers.set(i, c.withImage(want.getValue()));
                }
            }
            if (!matched) {
                errors.add("error: unable to find container named \"" + want.getKey() + "\"");
            }
        }
        if (!changed) {
            return;
        }
        PodTemplateSpec t = templateOf(d);
        KubeObject updated = withTemplate(d, t.withSpec(t.spec().withContainers(containers)));
        if (targets.writes()) {
            updated = ctx.api().update(updated.withMetadata(updated.metadata().withGeneration(
                    d.metadata().generation() + 1)), targets.serverDryRun());
        }
        targets.printer().print(ctx, updated, "image updated", targets.local());
    }
}
