package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.SchemaDefaults;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.apiserver.StatusReason;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Applier} and create for generic kinds: the same client-side apply, but looked up by type, stored with
 * the CRD schema defaults, and refused as kubectl's REST mapping does while a custom kind's CRD is missing.
 */
public final class GenericApplier {
    private GenericApplier() {
    }

    static Applier.Outcome apply(KubectlContext ctx, Manifests.Manifest manifest, GenericObject placed,
                                 DryRun dryRun) {
        requireServed(ctx, placed, manifest.tree(), manifest.source());
        String ns = placed.metadata().namespace();
        String lastApplied = LastApplied.of(manifest.tree(), ns);
        Map<String, Object> desired = LastApplied.withAnnotation(manifest.tree(), ns, lastApplied);
        Optional<GenericObject> live = GenericObjects.get(ctx.store(), placed.type(), ns, placed.metadata().name());
        if (live.isEmpty()) {
            GenericObject object = (GenericObject) ObjectCodec.fromTree(desired, manifest.source());
            object = object.withMetadata(placed.metadata().withAnnotations(object.metadata().annotations()));
            return new Applier.Outcome("created", dryRun == DryRun.CLIENT ? object : create(ctx, object, dryRun));
        }
        LastApplied.warnIfMissing(ctx, live.get(), placed.type().plural(), dryRun);
        Map<String, Object> liveTree = Trees.copyMap(ObjectCodec.toTree(live.get()));
        Map<String, Object> merged = ApplyMerge.merge(liveTree, desired, previous(live.get()));
        GenericObject patched = SchemaDefaults.apply((GenericObject) ObjectCodec.fromTree(merged, manifest.source()));
        if (patched.body().equals(live.get().body()) && patched.metadata().labels().equals(live.get().metadata()
                .labels()) && patched.metadata().annotations().equals(live.get().metadata().annotations())) {
            return new Applier.Outcome("unchanged", live.get());
        }
        KubeObject updated = ServerOwnedFields.keep(patched, live.get().metadata(), false);
        // through the API server: its admission (MetalLB's webhooks) applies to updates too
        return new Applier.Outcome("configured", dryRun == DryRun.CLIENT ? updated
                : ctx.api().update(updated, dryRun == DryRun.SERVER));
    }

    /** `kubectl create -f` of a generic object (refused while a custom kind has no CRD). */
    public static GenericObject createFromManifest(KubectlContext ctx, GenericObject object,
                                                   Manifests.Manifest manifest, DryRun dryRun) {
        requireServed(ctx, object, manifest.tree(), manifest.source());
        return create(ctx, object, dryRun);
    }

    /** POST of a generic object; an existing name is AlreadyExists, as for any kind. */
    public static GenericObject create(KubectlContext ctx, GenericObject object, DryRun dryRun) {
        GenericType type = object.type();
        if (GenericObjects.get(ctx.store(), type, object.metadata().namespace(), object.metadata().name())
                .isPresent()) {
            throw new StatusError(StatusReason.ALREADY_EXISTS, type.qualifiedPlural() + " \""
                    + object.metadata().name() + "\" already exists", type.group(), type.plural(),
                    object.metadata().name(), List.of());
        }
        return ctx.api().create(SchemaDefaults.apply(object), dryRun == DryRun.SERVER);
    }

    /** A custom kind without its CRD: kubectl cannot map it (the message ObjectCodec uses for unknown kinds). */
    public static void requireServed(KubectlContext ctx, GenericObject object, Map<?, ?> tree, String source) {
        GenericType type = object.type();
        if (!GenericObjects.served(ctx.store(), type)) {
            Object meta = tree.get("metadata");
            Object ns = meta instanceof Map ? ((Map<?, ?>) meta).get("namespace") : null;
            throw new UsageException("resource mapping not found for name: \"" + object.metadata().name()
                    + "\" namespace: \"" + (ns == null ? "" : ns) + "\" from \"" + source
                    + "\": no matches for kind \"" + type.kindName() + "\" in version \"" + type.apiVersion()
                    + "\"\nensure CRDs are installed first");
        }
    }

    private static Map<?, ?> previous(KubeObject live) {
        String json = live.metadata().annotations().get(LastApplied.ANNOTATION);
        if (json == null) {
            return null;
        }
        Object doc = dev.kubelab.sandbox.codec.ManifestParser.firstDocument(json);
        return doc instanceof Map ? Trees.copyMap((Map<?, ?>) doc) : null;
    }
}
