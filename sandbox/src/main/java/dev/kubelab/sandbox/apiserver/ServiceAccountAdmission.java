package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.cluster.ServiceAccounts;
import dev.kubelab.sandbox.store.ObjectStore;

/**
 * The ServiceAccount admission plugin's check: a new pod's service account must exist (plugin/pkg/admission/
 * serviceaccount: "error looking up service account NS/NAME: serviceaccount "NAME" not found", 403).
 * The real plugin retries "default" for a while, as the service-account controller creates it right after the
 * namespace; here the controller has always run by the time a pod can be created, so "default" always passes.
 */
public final class ServiceAccountAdmission {
    /** Mirror pods of static pods are let through (the plugin only validates them). */
    private static final String MIRROR_ANNOTATION = "kubernetes.io/config.mirror";

    private ServiceAccountAdmission() {
    }

    static void admitCreate(ObjectStore store, KubeObject object) {
        if (!(object instanceof Pod) || object.metadata().annotations().containsKey(MIRROR_ANNOTATION)) {
            return;
        }
        Pod pod = (Pod) object;
        String detail = lookupError(store, pod.metadata().namespace(), pod.spec().serviceAccountName());
        if (detail != null) {
            // before the name is generated the error names the prefix: pods "web-5d4f7b9c8-" is forbidden
            String name = pod.metadata().name() == null || pod.metadata().name().isEmpty()
                    ? pod.metadata().generateName() : pod.metadata().name();
            throw StatusError.forbidden(pod.kind(), name, detail);
        }
    }

    /** Why a pod in {@code namespace} may not run as {@code account} (null: it may). */
    public static String lookupError(ObjectStore store, String namespace, String account) {
        if (account == null || ServiceAccounts.DEFAULT.equals(account)
                || GenericObjects.get(store, GenericTypes.SERVICE_ACCOUNT, namespace, account).isPresent()) {
            return null;
        }
        return "error looking up service account " + namespace + "/" + account + ": serviceaccount \"" + account
                + "\" not found";
    }
}
