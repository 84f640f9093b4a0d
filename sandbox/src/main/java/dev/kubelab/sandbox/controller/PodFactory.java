package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.apiserver.ServiceAccountAdmission;
import dev.kubelab.sandbox.controller.defaults.PodAdmission;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.Map;

/**
 * Creates a controller's pod from its template: generateName + 5 random characters, owner reference, defaults;
 * the pod gets the template's labels and annotations. The API server's ServiceAccount admission check applies.
 */
final class PodFactory {
    private PodFactory() {
    }

    /** The new pod, or null (and a FailedCreate event) when the API server refuses it: no such service account. */
    static Pod create(ControllerContext ctx, KubeObject owner, Map<String, String> labels,
                      Map<String, String> annotations, PodSpec spec, Instant now) {
        ObjectStore store = ctx.store();
        String ns = owner.metadata().namespace();
        String prefix = owner.metadata().name() + "-";
        String refused = ServiceAccountAdmission.lookupError(store, ns, PodAdmission.account(spec));
        if (refused != null) {
            ctx.events().warning(now, owner, "FailedCreate", "Error creating: pods \"" + prefix
                    + "\" is forbidden: " + refused, component(owner), null);
            return null;
        }
        String name;
        do {
            name = prefix + ctx.seed().nameSuffix(5);
        } while (store.get(Pod.class, ns, name).isPresent());
        ObjectMeta meta = ObjectMeta.of(name, ns, ctx.seed().uid(), now, labels).withAnnotations(annotations)
                .withGenerateName(prefix).withOwner(Owners.controllerRef(owner));
        Pod created = store.create(new Pod(meta, PodAdmission.admit(PodDefaults.apply(spec), meta.uid()),
                PodStatus.pending()));
        ctx.events().normal(now, owner, "SuccessfulCreate", "Created pod: " + name, component(owner), null);
        return created;
    }

    /** The event source of the controller that owns such pods. */
    static String component(KubeObject owner) {
        switch (owner.kind()) {
            case DAEMONSET:
                return "daemonset-controller";
            case REPLICATIONCONTROLLER:
                return "replication-controller";
            default:
                return "replicaset-controller";
        }
    }

    static Pod create(ControllerContext ctx, KubeObject owner, PodTemplateSpec template, Instant now) {
        return create(ctx, owner, template.labels(), template.annotations(), template.spec(), now);
    }
}
