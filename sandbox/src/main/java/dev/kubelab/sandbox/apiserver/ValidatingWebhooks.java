package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.Locale;

/**
 * The admission webhooks MetalLB's manifest registers: while its ValidatingWebhookConfiguration exists, every
 * write of an IPAddressPool or L2Advertisement calls the webhook Service, so until the controller pod is ready
 * the API server answers with the InternalError learners meet when they apply a pool too early.
 */
final class ValidatingWebhooks {
    private static final String NAMESPACE = "metallb-system";
    private static final String CONFIGURATION = "metallb-webhook-configuration";
    private static final String SERVICE = "metallb-webhook-service";

    private ValidatingWebhooks() {
    }

    static void admit(ObjectStore store, KubeObject object) {
        if (!(object instanceof GenericObject generic) || !generic.type().group().equals("metallb.io")) {
            return;
        }
        String kind = generic.type().kindName().toLowerCase(Locale.ROOT);
        if (!kind.equals("ipaddresspool") && !kind.equals("l2advertisement")) {
            return;
        }
        boolean registered = GenericTypes.find("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration")
                .flatMap(t -> GenericObjects.get(store, t, "", CONFIGURATION)).isPresent();
        Service service = store.get(Service.class, NAMESPACE, SERVICE).orElse(null);
        if (!registered || service == null || hasReadyEndpoint(store)) {
            return;
        }
        throw StatusError.internal("failed calling webhook \"" + kind + "validationwebhook.metallb.io\": failed to"
                + " call webhook: Post \"https://" + SERVICE + "." + NAMESPACE + ".svc:443/validate-metallb-io-v1beta1-"
                + kind + "?timeout=10s\": dial tcp " + service.spec().clusterIP() + ":443: connect: connection refused");
    }

    private static boolean hasReadyEndpoint(ObjectStore store) {
        for (EndpointSlice slice : store.list(EndpointSlice.class, NAMESPACE)) {
            if (SERVICE.equals(slice.metadata().labels().get("kubernetes.io/service-name"))
                    && slice.endpoints().stream().anyMatch(e -> e.conditions().ready())) {
                return true;
            }
        }
        return false;
    }
}
