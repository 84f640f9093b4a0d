package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.store.ObjectStore;

/** The NamespaceLifecycle admission plugin: no new objects in a missing or terminating namespace. */
final class NamespaceLifecycle {
    private NamespaceLifecycle() {
    }

    static void admitCreate(ObjectStore store, KubeObject object) {
        if (!object.kind().namespaced() || object.metadata().namespace().isEmpty() && object instanceof GenericObject) {
            return;
        }
        String ns = object.metadata().namespace();
        Namespace namespace = store.get(Namespace.class, "", ns)
                .orElseThrow(() -> StatusError.notFound(Kind.NAMESPACE, ns));
        if ("Terminating".equals(namespace.phase()) || namespace.metadata().deletionTimestamp() != null) {
            throw StatusError.forbidden(object.kind(), object.metadata().name(),
                    "unable to create new content in namespace " + ns + " because it is being terminated");
        }
    }
}
