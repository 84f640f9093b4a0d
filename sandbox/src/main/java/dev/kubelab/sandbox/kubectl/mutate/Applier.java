package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ManifestParser;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Client-side `kubectl apply` of one object: create it with the last-applied annotation when it does not exist,
 * otherwise merge the manifest into the live object ({@link ApplyMerge}) and update it, or leave it alone
 * when the merge changes nothing ("unchanged"). StatusErrors of the API server pass through.
 */
public final class Applier {
    /** What apply did and the object as it now is (or would be, in a dry run). */
    public record Outcome(String operation, KubeObject object) {}

    private Applier() {
    }

    @SuppressWarnings("unchecked")
    public static Outcome apply(KubectlContext ctx, Manifests.Manifest manifest, KubeObject placed, DryRun dryRun) {
        if (placed instanceof GenericObject) {
            return GenericApplier.apply(ctx, manifest, (GenericObject) placed, dryRun);
        }
        String ns = placed.metadata().namespace();
        String lastApplied = LastApplied.of(manifest.tree(), ns);
        Map<String, Object> desired = LastApplied.withAnnotation(manifest.tree(), ns, lastApplied);
        Kind kind = placed.kind();
        Optional<KubeObject> live = ctx.store().get((Class<KubeObject>) kind.type(), ns, placed.metadata().name());
        if (live.isEmpty()) {
            KubeObject object = ObjectCodec.fromTree(desired, manifest.source());
            if (dryRun == DryRun.CLIENT) {
                return new Outcome("created", object);
            }
            return new Outcome("created", ctx.api().create(CreateDefaults.apply(object), dryRun == DryRun.SERVER));
        }
        LastApplied.warnIfMissing(ctx, live.get(), kind.plural(), dryRun);
        Map<String, Object> liveTree = Trees.copyMap(ObjectCodec.toTree(live.get()));
        Map<String, Object> merged = ApplyMerge.merge(liveTree, desired, previous(live.get()));
        KubeObject patched = ObjectCodec.fromTree(merged, manifest.source());
        if (patched.equals(ObjectCodec.fromTree(liveTree, manifest.source()))) {
            return new Outcome("unchanged", live.get());
        }
        boolean specChanged = !Objects.equals(merged.get("spec"), liveTree.get("spec"));
        KubeObject updated = ServerOwnedFields.keep(CreateDefaults.apply(patched), live.get().metadata(), specChanged);
        if (dryRun == DryRun.CLIENT) {
            return new Outcome("configured", updated);
        }
        return new Outcome("configured", ctx.api().update(updated, dryRun == DryRun.SERVER));
    }

    /** The previous manifest, from the live object's annotation (null when it was never applied). */
    private static Map<?, ?> previous(KubeObject live) {
        String json = live.metadata().annotations().get(LastApplied.ANNOTATION);
        if (json == null) {
            return null;
        }
        List<Object> docs = ManifestParser.documents(json, LastApplied.ANNOTATION);
        return docs.isEmpty() || !(docs.get(0) instanceof Map) ? null : Trees.copyMap((Map<?, ?>) docs.get(0));
    }
}
