package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.controller.Pods;
import dev.kubelab.sandbox.kubectl.KubectlContext;

import java.util.List;
import java.util.Set;

/**
 * What the API server does on DELETE, per kind: pods are deleted gracefully (deletionTimestamp; the kubelet
 * finishes, or at once when unscheduled or with grace 0), namespaces take their content with them, the
 * protected namespaces refuse; everything else leaves through the ApiServer so Services release their IPs and ports.
 */
public final class Deletion {
    private static final Set<String> PROTECTED_NAMESPACES = Set.of("default", "kube-system", "kube-public");

    private Deletion() {
    }

    /** gracePeriod null = the object's own (pods: terminationGracePeriodSeconds). */
    public static void delete(KubectlContext ctx, KubeObject object, Long gracePeriod, boolean dryRun) {
        Kind kind = object.kind();
        String ns = object.metadata().namespace();
        String name = object.metadata().name();
        if (kind == Kind.NAMESPACE && PROTECTED_NAMESPACES.contains(name)) {
            throw StatusError.forbidden(kind, name, "this namespace may not be deleted");
        }
        if (dryRun) {
            return;
        }
        if (kind == Kind.SERVICE && ns.equals("default") && name.equals("kubernetes")) {
            return; // the apiserver recreates its own Service at once, with the same ClusterIP
        }
        if (object instanceof Pod) {
            Pods.delete(ctx.store(), (Pod) object, ctx.now(), gracePeriod);
            return;
        }
        if (object instanceof GenericObject) {
            GenericObject g = (GenericObject) object;
            GenericObjects.delete(ctx.store(), g.type(), ns, name);
            return;
        }
        if (kind == Kind.NAMESPACE) {
            emptyNamespace(ctx, name);
        }
        ctx.api().delete(kind, ns, name);
    }

    /** The namespace controller's job, done at once: every object inside goes first. */
    private static void emptyNamespace(KubectlContext ctx, String namespace) {
        for (GenericType type : GenericTypes.all()) {
            if (type.namespaced()) {
                GenericObjects.list(ctx.store(), type, namespace)
                        .forEach(o -> GenericObjects.delete(ctx.store(), type, namespace, o.metadata().name()));
            }
        }
        for (Kind kind : Kind.values()) {
            if (!kind.namespaced()) {
                continue;
            }
            List<? extends KubeObject> inside = ctx.store().list(kind.type(), namespace);
            for (KubeObject o : inside) {
                if (o instanceof Pod) {
                    Pods.delete(ctx.store(), (Pod) o, ctx.now(), 0L);
                } else {
                    ctx.api().delete(kind, namespace, o.metadata().name());
                }
            }
        }
    }
}
