package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.Manifests;
import dev.kubelab.sandbox.kubectl.mutate.UsageException;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * `kubectl get -f FILE|DIR|-`: the objects the manifests name, looked up live, as if typed as TYPE/NAME arguments
 * (in the manifests' namespace unless -n is given).
 */
final class GetFromFiles {
    private GetFromFiles() {
    }

    /** The arguments with -f turned into TYPE/NAME positionals; UsageException with kubectl's text if misused. */
    static ParsedArgs resolve(ParsedArgs args, KubectlContext ctx) {
        if (!args.positionals().isEmpty()) {
            throw new UsageException("when paths, URLs, or stdin is provided as input, you may not specify resource"
                    + " arguments as well");
        }
        List<String> refs = new ArrayList<>();
        String namespace = null;
        for (Manifests.Manifest m : Manifests.read(ctx, args.value("filename", ""), args.bool("recursive"))) {
            KubeObject o = m.object();
            String type = o instanceof GenericObject ? ((GenericObject) o).type().qualifiedPlural()
                    : o.kind().qualifiedPlural();
            refs.add(type + "/" + o.metadata().name());
            if (namespace == null && !o.metadata().namespace().isEmpty()) {
                namespace = o.metadata().namespace();
            }
        }
        if (refs.isEmpty()) {
            throw new UsageException("no objects passed to get");
        }
        Map<String, String> values = new HashMap<>(args.values());
        if (namespace != null && !args.has(GlobalFlags.NAMESPACE)) {
            values.put(GlobalFlags.NAMESPACE, namespace);
        }
        return new ParsedArgs(refs, values);
    }
}
