package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.mutate.DryRun;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.TargetNamespace;
import dev.kubelab.sandbox.kubectl.mutate.Targets;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `kubectl rollout restart` (rollout_restart.go + polymorphichelpers' ObjectRestarter): stamps the pod template
 * with kubectl.kubernetes.io/restartedAt, so the template changes and the controllers replace every pod.
 * The stamp has one-second resolution: a second restart within the same second is an empty patch.
 */
public final class RolloutRestart {
    public static final String ANNOTATION = "kubectl.kubernetes.io/restartedAt";

    private RolloutRestart() {
    }

    public static int run(KubectlContext ctx, List<String> resources, ParsedArgs args) {
        if (resources.isEmpty() && !args.has("filename")) {
            return ApiFailure.fail(ctx, "required resource not specified");
        }
        ResultPrinter printer = ResultPrinter.of(args, DryRun.NONE, ctx);
        Targets.Found found = Targets.resolve(ctx, resources, args, true, true);
        if (found.objects().isEmpty() && found.errors().isEmpty()) {
            ctx.io().err().println("No resources found in " + TargetNamespace.of(args) + " namespace.");
            return 0;
        }
        List<String> errors = new ArrayList<>(found.errors());
        String stamp = rfc3339(ctx.now());
        for (KubeObject o : found.objects()) {
            PodTemplateSpec template = templateOf(o);
            String name = o.metadata().name();
            if (template == null) {
                errors.add("error: " + o.kind().qualifiedPlural() + " \"" + name + "\" restarting is not supported");
                continue;
            }
            if (stamp.equals(template.annotations().get(ANNOTATION))) {
                errors.add("failed to create patch for " + name + ": if restart has already been triggered within"
                        + " the past second, please wait before attempting to trigger another");
                continue;
            }
            Map<String, String> annotations = new HashMap<>(template.annotations());
            annotations.put(ANNOTATION, stamp);
            try {
                printer.print(ctx, ctx.api().update(withTemplate(o, template.withAnnotations(annotations))),
                        "restarted");
            } catch (StatusError e) {
                errors.add("failed to patch: " + e.getMessage());
            }
        }
        return ApiFailure.printAll(ctx, checkErrWording(errors));
    }

    /** time.Now().Format(time.RFC3339) on the sandbox clock (UTC): "2025-03-01T09:00:00Z". */
    static String rfc3339(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static PodTemplateSpec templateOf(KubeObject o) {
        if (o instanceof Deployment) {
            return ((Deployment) o).template();
        }
        if (o instanceof DaemonSet) {
            return ((DaemonSet) o).template();
        }
        return null;
    }

    /** The workload with its new template; a template change is a spec change, so generation moves on. */
    private static KubeObject withTemplate(KubeObject o, PodTemplateSpec template) {
        KubeObject updated;
        if (o instanceof Deployment) {
            updated = ((Deployment) o).withTemplate(template);
        } else {
            updated = ((DaemonSet) o).withTemplate(template);
        }
        // Objects written before generations were kept may carry 0 (the controllers read 0 as 1).
        long generation = Math.max(1, o.metadata().generation());
        return updated.withMetadata(updated.metadata().withGeneration(generation + 1));
    }

    /** checkErr: a lone error gets "error: " in front; several are printed one a line as they are. */
    private static List<String> checkErrWording(List<String> errors) {
        if (errors.size() != 1 || errors.get(0).startsWith("error: ") || errors.get(0).startsWith("Error from")) {
            return errors;
        }
        return List.of("error: " + errors.get(0));
    }
}
