package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.OwnerReference;

/** Builds controller owner references (controller: true, blockOwnerDeletion: true). */
final class Owners {
    private Owners() {
    }

    static OwnerReference controllerRef(KubeObject owner) {
        Kind k = owner.kind();
        String apiVersion = k == Kind.NODE || k == Kind.REPLICATIONCONTROLLER ? "v1" : "apps/v1";
        return new OwnerReference(apiVersion, k.kindName(), owner.metadata().name(), owner.metadata().uid(), true,
                true);
    }
}
