package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.store.ObjectStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The controllers adopt the bootstrapped kube-system as it is: same pods, same kube-dns Endpoints. */
class BootstrapAdoptionTest {

    @Test
    void reconcilingTheBootedClusterKeepsItsPodsAndEndpoints() {
        ObjectStore store = new ObjectStore();
        Seed seed = new Seed(1);
        KubeadmBootstrap.bootstrap(store, seed, Lab.BOOT);
        List<String> podsBefore = names(store.list(Pod.class, null));
        Endpoints dnsBefore = store.get(Endpoints.class, "kube-system", "kube-dns").orElseThrow();
        Endpoints apiBefore = store.get(Endpoints.class, "default", "kubernetes").orElseThrow();
        List<ReplicaSet> rsBefore = store.list(ReplicaSet.class, null);
        List<EndpointSlice> slicesBefore = store.list(EndpointSlice.class, null);
        assertEquals(2, slicesBefore.size(), "kubernetes and kube-dns-xxxxx");

        ControllerManager manager = ControllerManager.create(store, seed);
        manager.reconcile(Lab.BOOT);

        assertEquals(podsBefore, names(store.list(Pod.class, null)));
        assertTrue(store.list(Pod.class, null).stream().allMatch(p -> p.status().phase().equals("Running")));
        assertEquals(dnsBefore.subsets(), store.get(Endpoints.class, "kube-system", "kube-dns").orElseThrow().subsets());
        assertEquals(apiBefore, store.get(Endpoints.class, "default", "kubernetes").orElseThrow());
        assertEquals(names(rsBefore), names(store.list(ReplicaSet.class, null)));
        assertEquals(slicesBefore, store.list(EndpointSlice.class, null), "the controller adopts them unchanged");
        assertFalse(manager.reconcile(Lab.BOOT.plusSeconds(60)), "a settled cluster stays quiet");
    }

    private static List<String> names(List<? extends dev.kubelab.sandbox.api.KubeObject> objects) {
        return objects.stream().map(o -> o.metadata().namespace() + "/" + o.metadata().name()).toList();
    }
}
