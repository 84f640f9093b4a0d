package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.KeyUpdates;

import java.util.List;
import java.util.Map;

/**
 * `kubectl label TYPE NAME k=v … [k-] [--overwrite]` (pkg/cmd/label/label.go): "labeled", "unlabeled" or
 * "not labeled" per object; a changed value without --overwrite is refused.
 */
public final class LabelCommand extends MetadataKeysCommand {
    public LabelCommand() {
        super(true);
    }

    @Override
    public String name() {
        return "label";
    }

    @Override
    Map<String, String> keysOf(KubeObject o) {
        return o.metadata().labels();
    }

    @Override
    KubeObject withKeys(KubeObject o, Map<String, String> next) {
        return o.withMetadata(o.metadata().withLabels(next));
    }

    @Override
    int refuse(KubectlContext ctx, List<String> conflicts) {
        conflicts.forEach(c -> ctx.io().err().println("error: " + c + ", and --overwrite is false"));
        return 1;
    }

    @Override
    void beforeUpdate(KubectlContext ctx, KeyUpdates updates, Map<String, String> current) {
        for (String key : updates.removals()) {
            if (!current.containsKey(key)) {
                ctx.io().out().println("label \"" + key + "\" not found.");
            }
        }
    }

    @Override
    String result(Map<String, String> current, Map<String, String> next, boolean overwrite) {
        if (next.equals(current)) {
            return "not labeled";
        }
        return !overwrite && size(next) < size(current) ? "unlabeled" : "labeled";
    }

    /** How long the labels are when serialised: kubectl says "unlabeled" when the object got shorter. */
    private static int size(Map<String, String> labels) {
        int n = 0;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            n += e.getKey().length() + e.getValue().length() + 6;
        }
        return n;
    }

    @Override
    String sampleFile() {
        return "pod.yaml";
    }
}
