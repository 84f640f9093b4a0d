package dev.kubelab.sandbox.kubectl.patch;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.codec.JsonKind;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.mutate.ServerOwnedFields;
import dev.kubelab.sandbox.kubectl.mutate.Trees;

import java.util.Map;
import java.util.Objects;

/**
 * The API server's side of a PATCH on one object: the live object as JSON, the patch applied to it, the result
 * decoded back. What a patch cannot change is put back: apiVersion, kind, status (a subresource), and the
 * metadata the server owns. "changed" is false when the patch leaves the object as it was ("patched (no change)").
 */
public final class ObjectPatcher {
    public record Result(KubeObject object, boolean changed) {}

    private ObjectPatcher() {
    }

    /** patch: the decoded patch document (JSON-shaped). Throws PatchRejected for a patch the server refuses. */
    @SuppressWarnings("unchecked")
    public static Result apply(KubeObject live, PatchType type, Object patch) {
        Map<String, Object> liveTree = Trees.copyMap(ObjectCodec.toTree(live));
        Object patchTree = Trees.copy(patch);
        Object result;
        if (type == PatchType.JSON) {
            result = JsonPatch.apply(liveTree, patchTree);
        } else if (!(patchTree instanceof Map)) {
            throw PatchRejected.badRequest("json: cannot unmarshal " + JsonKind.of(patchTree)
                    + " into Go value of type map[string]interface {}");
        } else if (type == PatchType.MERGE) {
            result = MergePatch.apply(liveTree, patchTree);
        } else {
            result = StrategicMergePatch.apply(liveTree, (Map<String, Object>) patchTree);
        }
        if (!(result instanceof Map)) {
            throw PatchRejected.badRequest("json: cannot unmarshal " + JsonKind.of(result)
                    + " into Go value of type map[string]interface {}");
        }
        Map<String, Object> patched = (Map<String, Object>) result;
        patched.put("apiVersion", liveTree.get("apiVersion"));
        patched.put("kind", liveTree.get("kind"));
        if (liveTree.containsKey("status")) {
            patched.put("status", liveTree.get("status"));
        } else {
            patched.remove("status");
        }
        KubeObject before = decode(liveTree);
        KubeObject after = decode(patched);
        if (after.equals(before)) {
            return new Result(live, false);
        }
        boolean specChanged = !Objects.equals(patched.get("spec"), liveTree.get("spec"));
        return new Result(ServerOwnedFields.keep(after, live.metadata(), specChanged), true);
    }

    private static KubeObject decode(Map<String, Object> tree) {
        try {
            return ObjectCodec.fromTree(tree, "patch");
        } catch (CodecException e) {
            throw PatchRejected.badRequest(e.getMessage());
        }
    }
}
