package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ObjectCodec;

import java.util.Map;
import java.util.Objects;

/**
 * The object `kubectl replace` PUTs, as the API server stores it: the manifest as written (defaults filled in),
 * the live status (the status subresource ignores what a PUT says), the live uid and creationTimestamp. The
 * manifest's resourceVersion, when it has one, is kept so that a stale one is a Conflict; without one kubectl
 * sends the live one (resource.Helper.Replace with overwrite).
 */
public final class Replacement {
    private Replacement() {
    }

    public static KubeObject of(KubeObject placed, KubeObject live, String source) {
        Map<String, Object> tree = Trees.copyMap(ObjectCodec.toTree(placed));
        Map<String, Object> liveTree = ObjectCodec.toTree(live);
        tree.remove("status");
        if (liveTree.containsKey("status")) {
            tree.put("status", Trees.copy(liveTree.get("status")));
        }
        KubeObject desired = CreateDefaults.apply(ObjectCodec.fromTree(tree, source));
        boolean specChanged = !Objects.equals(ObjectCodec.toTree(desired).get("spec"), liveTree.get("spec"));
        KubeObject kept = ServerOwnedFields.keep(desired, live.metadata(), specChanged);
        String written = placed.metadata().resourceVersion();
        return written == null || written.isEmpty() ? kept
                : kept.withMetadata(kept.metadata().withResourceVersion(written));
    }
}
