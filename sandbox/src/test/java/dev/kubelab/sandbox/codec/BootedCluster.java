package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The objects a freshly booted kubeadm cluster holds (seed 42, booted 2026-11-27T10:00:00Z). */
final class BootedCluster {
    static final Instant BOOT = Instant.parse("2026-11-27T10:00:00Z");

    private BootedCluster() {
    }

    static ObjectStore store() {
        ObjectStore store = new ObjectStore();
        KubeadmBootstrap.bootstrap(store, new Seed(42), BOOT);
        return store;
    }

    static List<KubeObject> allObjects() {
        ObjectStore store = store();
        List<KubeObject> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.addAll(store.list(kind.type(), null));
        }
        return all;
    }
}
