package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;

import java.util.List;
import java.util.Map;

/** `kubectl annotate TYPE NAME k=v … [k-] [--overwrite]` (pkg/cmd/annotate): "annotated" per object. */
public final class AnnotateCommand extends MetadataKeysCommand {
    public AnnotateCommand() {
        super(false);
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    Map<String, String> keysOf(KubeObject o) {
        return o.metadata().annotations();
    }

    @Override
    KubeObject withKeys(KubeObject o, Map<String, String> next) {
        return o.withMetadata(o.metadata().withAnnotations(next));
    }

    @Override
    int refuse(KubectlContext ctx, List<String> conflicts) {
        return ApiFailure.fail(ctx, "--overwrite is false but found the following declared"
                + " annotation(s): " + String.join("; ", conflicts));
    }

    @Override
    String result(Map<String, String> current, Map<String, String> next, boolean overwrite) {
        return "annotated";
    }

    @Override
    String sampleFile() {
        return "rsrc.yaml";
    }
}
