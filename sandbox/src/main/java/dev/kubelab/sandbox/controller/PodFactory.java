package dev.kubelab.sandbox.controller;

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
 * the pod gets the template's labels and annotations.
 */
final class PodFactory {
    private PodFactory() {
    }

    static Pod create(ControllerContext ctx, KubeObject owner, Map<String, String> labels,
                      Map<String, String> annotations, PodSpec spec, Instant now) {
        ObjectStore store = ctx.store();
        String ns = owner.metadata().namespace();
        String prefix = owner.metadata().name() + "-";
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
