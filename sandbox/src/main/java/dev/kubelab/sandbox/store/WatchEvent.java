package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.KubeObject;

/** One change in the store, as a watch stream would deliver it. */
public record WatchEvent(Type type, KubeObject object) {
    public enum Type { ADDED, MODIFIED, DELETED }
}
