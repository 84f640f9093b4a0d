package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A freshly booted kubeadm cluster's store and an API server over it, for the registry tests. */
final class Cluster {
    static final Instant NOW = Instant.parse("2025-05-01T10:00:00Z");
    final ObjectStore store = new ObjectStore();
    final ApiServer api;

    Cluster(long seed, ApiServerConfig config) {
        Seed random = new Seed(seed);
        KubeadmBootstrap.bootstrap(store, random, NOW);
        api = new ApiServer(store, random, () -> NOW, config);
    }

    Cluster() {
        this(42, ApiServerConfig.kubeadmDefaults());
    }

    Service create(Svc svc) {
        return api.create(svc.build());
    }

    /** What kubectl would print for the rejected create. */
    String rejection(Svc svc) {
        return KubectlErrorText.of(assertThrows(StatusError.class, () -> api.create(svc.build())));
    }

    String rejectionOfUpdate(Service svc) {
        return KubectlErrorText.of(assertThrows(StatusError.class, () -> api.update(svc)));
    }
}
