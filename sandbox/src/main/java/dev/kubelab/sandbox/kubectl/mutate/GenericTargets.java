package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.selector.Selector;

import java.util.List;
import java.util.Optional;

/** {@link Targets} for generic kinds: TYPE NAME, TYPE -l/--all and -f objects, looked up by type. */
final class GenericTargets {
    private GenericTargets() {
    }

    /** The generic type a typed word means, when no typed kind does and the server serves it now. */
    static Optional<GenericType> served(KubectlContext ctx, String typed) {
        if (WritableTypes.resolve(typed).isPresent()) {
            return Optional.empty();
        }
        return GenericTypes.named(typed).filter(t -> GenericObjects.served(ctx.store(), t));
    }

    static Optional<StatusError> lookup(KubectlContext ctx, GenericType type, String ns, String name,
                                        List<KubeObject> objects) {
        Optional<GenericObject> found = GenericObjects.get(ctx.store(), type, ns, name);
        found.ifPresent(objects::add);
        return found.isPresent() ? Optional.empty() : Optional.of(StatusError.notFound(type.group(), type.plural(), name));
    }

    /** namespace null = every namespace. */
    static void list(KubectlContext ctx, GenericType type, String namespace, Selector selector,
                     List<KubeObject> objects) {
        for (GenericObject o : GenericObjects.list(ctx.store(), type, namespace)) {
            if (selector.matches(o.metadata().labels())) {
                objects.add(o);
            }
        }
    }
}
