package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.List;

/**
 * The pod side of ControllerRefManager: the pods an owner controls, adopting matching orphans (a stray pod with
 * the right labels is taken over, as in Kubernetes) and releasing owned pods whose labels no longer match.
 */
final class OwnedPods {
    private OwnedPods() {
    }

    static List<Pod> claim(ObjectStore store, KubeObject owner, Selector sel) {
        String uid = owner.metadata().uid();
        List<Pod> out = new ArrayList<>();
        for (Pod pod : store.claimable(Pod.class, owner.metadata().namespace(), uid)) {
            OwnerReference ref = pod.metadata().controllerRef();
            boolean matches = !sel.isEmpty() && sel.matches(pod.metadata().labels());
            if (ref != null && ref.uid().equals(uid)) {
                if (matches || Pods.terminating(pod)) {
                    out.add(pod);
                } else {
                    store.update(pod.withMetadata(pod.metadata().withOwnerReferences(List.of())));
                }
            } else if (ref == null && matches && Pods.active(pod)) {
                out.add(store.update(pod.withMetadata(pod.metadata().withOwner(Owners.controllerRef(owner)))));
            }
        }
        return out;
    }
}
