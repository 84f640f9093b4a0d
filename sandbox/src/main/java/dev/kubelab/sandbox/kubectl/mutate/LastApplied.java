package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.JsonEmitter;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code kubectl.kubernetes.io/last-applied-configuration} annotation: the manifest as applied, compact JSON
 * with sorted keys and a final newline, with metadata.namespace filled in and its own annotation left out
 * (so {@code "annotations":{}} when the manifest had none), as kubectl's GetModifiedConfiguration writes it.
 */
public final class LastApplied {
    public static final String ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";

    private LastApplied() {
    }

    /** The annotation value for a manifest tree; namespace "" for cluster-scoped kinds. */
    static String of(Map<?, ?> manifest, String namespace) {
        Map<String, Object> tree = Trees.copyMap(manifest);
        Map<String, Object> metadata = Trees.child(tree, "metadata");
        if (!namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        Map<String, Object> annotations = new TreeMap<>(Trees.child(metadata, "annotations"));
        annotations.remove(ANNOTATION);
        metadata.put("annotations", annotations);
        return JsonEmitter.compact(tree) + "\n";
    }

    /**
     * apply.go's warningNoLastAppliedConfigAnnotation (stderr, not in a client dry run) when the live object was
     * made some other way (kubectl create, expose, kubeadm): "configmaps/kube-proxy" names it, without the group.
     */
    static void warnIfMissing(KubectlContext ctx, KubeObject live, String plural, DryRun dryRun) {
        if (dryRun == DryRun.CLIENT || live.metadata().annotations().containsKey(ANNOTATION)) {
            return;
        }
        ctx.io().err().println("Warning: resource " + plural + "/" + live.metadata().name() + " is missing the "
                + ANNOTATION + " annotation which is required by kubectl apply. kubectl apply should only be used"
                + " on resources created declaratively by either kubectl create --save-config or kubectl apply."
                + " The missing annotation will be patched automatically.");
    }

    /** The manifest tree as sent to the server: its annotations plus the last-applied one. */
    static Map<String, Object> withAnnotation(Map<?, ?> manifest, String namespace, String lastApplied) {
        Map<String, Object> tree = Trees.copyMap(manifest);
        Map<String, Object> metadata = Trees.child(tree, "metadata");
        if (!namespace.isEmpty()) {
            metadata.put("namespace", namespace);
        }
        Trees.child(metadata, "annotations").put(ANNOTATION, lastApplied);
        return tree;
    }
}
