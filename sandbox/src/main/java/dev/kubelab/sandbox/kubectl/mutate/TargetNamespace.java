package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

/** Which namespace an object goes to: its own, else -n, else "default"; cluster-scoped kinds get none. */
public final class TargetNamespace {
    private TargetNamespace() {
    }

    /** -n if given, else "default". */
    public static String of(ParsedArgs args) {
        return args.value(GlobalFlags.NAMESPACE, "default");
    }

    /** The object placed in its namespace; a manifest namespace that contradicts -n throws kubectl's error. */
    public static KubeObject place(KubeObject object, ParsedArgs args) {
        if (!object.kind().namespaced()) {
            return object.withMetadata(withNamespace(object.metadata(), ""));
        }
        String own = object.metadata().namespace();
        if (!own.isEmpty() && args.has(GlobalFlags.NAMESPACE) && !own.equals(of(args))) {
            throw new UsageException("the namespace from the provided object \"" + own + "\" does not match the"
                    + " namespace \"" + of(args) + "\". You must pass '--namespace=" + own
                    + "' to perform this operation.");
        }
        return object.withMetadata(withNamespace(object.metadata(), own.isEmpty() ? of(args) : own));
    }

    public static ObjectMeta withNamespace(ObjectMeta m, String namespace) {
        return new ObjectMeta(m.name(), namespace, m.uid(), m.resourceVersion(), m.creationTimestamp(), m.labels(),
                m.annotations(), m.ownerReferences(), m.deletionTimestamp(), m.generateName(), m.generation(),
                m.deletionGracePeriodSeconds());
    }
}
