package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.List;

/**
 * Limits of this lab that a real cluster does not have: they keep one learner's sandbox small, and
 * the errors say so plainly, in the shape of the API server's own errors.
 */
final class LabLimits {
    static final int MAX_OBJECTS = 1000;
    static final int MAX_REPLICAS = 50;

    private LabLimits() {
    }

    static void admitCreate(ObjectStore store, KubeObject object) {
        if (store.size() >= MAX_OBJECTS) {
            throw StatusError.forbidden(object.kind(), object.metadata().name(), "this lab holds at most "
                    + MAX_OBJECTS + " objects; delete some before creating more");
        }
        admitReplicas(object);
    }

    static void admitReplicas(KubeObject object) {
        int replicas = object instanceof Deployment d ? d.replicas()
                : object instanceof ReplicaWorkload<?> r ? r.replicas()
                : object instanceof StatefulSet s ? s.replicas() : 0;
        if (replicas > MAX_REPLICAS) {
            throw StatusError.invalid(object.kind(), object.metadata().name(), List.of(FieldError.invalid(
                    "spec.replicas", replicas, "must be less than or equal to " + MAX_REPLICAS + " in this lab")));
        }
    }
}
