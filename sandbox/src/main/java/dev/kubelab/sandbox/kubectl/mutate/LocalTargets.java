package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * The objects of a --local command (label, annotate, set …): read from -f files and changed on the client only,
 * never looked up on the server. TYPE NAME arguments are refused as resource.Builder refuses them.
 */
public final class LocalTargets {
    private LocalTargets() {
    }

    public static Targets.Found resolve(KubectlContext ctx, List<String> resourceArgs, ParsedArgs args) {
        if (!resourceArgs.isEmpty() || !args.has("filename")) {
            throw new UsageException("you must specify resources by --filename when --local is set.\n"
                    + "Example resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'");
        }
        List<KubeObject> objects = new ArrayList<>();
        for (Manifests.Manifest m : Manifests.read(ctx, args.value("filename", ""), args.bool("recursive"))) {
            objects.add(TargetNamespace.place(m.object(), args));
        }
        return new Targets.Found(objects, List.of());
    }

    /** cmdutil's check shared by every --local command. */
    public static void refuseServerDryRun(DryRun dryRun) {
        if (dryRun == DryRun.SERVER) {
            throw new UsageException("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
        }
    }
}
