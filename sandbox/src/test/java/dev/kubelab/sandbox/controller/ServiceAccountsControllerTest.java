package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.cluster.ServiceAccounts;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceAccountsControllerTest {

    @Test
    void aFreshClusterHasDefaultEverywhereAndTheControllersAndAddonsAccountsInKubeSystem() {
        Lab lab = new Lab();
        for (String ns : List.of("default", "kube-node-lease", "kube-public", "kube-system")) {
            assertTrue(account(lab, ns, "default").isPresent(), ns);
        }
        List<GenericObject> system = GenericObjects.list(lab.store, GenericTypes.SERVICE_ACCOUNT, "kube-system");
        assertEquals(39, system.size());
        for (String name : List.of("deployment-controller", "replicaset-controller", "endpointslice-controller",
                "coredns", "kube-proxy", "calico-node", "calico-kube-controllers", "calico-cni-plugin")) {
            assertTrue(account(lab, "kube-system", name).isPresent(), name);
        }
        Set<String> uids = new HashSet<>();
        GenericObjects.list(lab.store, GenericTypes.SERVICE_ACCOUNT, null).forEach(a -> uids.add(a.metadata().uid()));
        assertEquals(42, uids.size(), "every account has its own uid");
    }

    @Test
    void theBootAccountsAreTheSameInEverySandboxOfASeedAndDifferBetweenSeeds() {
        String uid = account(new Lab(7), "kube-system", "coredns").orElseThrow().metadata().uid();
        assertEquals(uid, account(new Lab(7), "kube-system", "coredns").orElseThrow().metadata().uid());
        assertNotEquals(uid, account(new Lab(8), "kube-system", "coredns").orElseThrow().metadata().uid());
    }

    @Test
    void aNewNamespaceGetsItsDefaultAccountAtOnce() {
        Lab lab = new Lab();
        lab.after(30);
        lab.store.create(new Namespace(ObjectMeta.of("team", "", lab.seed.uid(), lab.now, Map.of()), "Active"));
        lab.settle();
        GenericObject account = account(lab, "team", "default").orElseThrow();
        assertEquals("team", account.metadata().namespace());
        assertEquals(lab.now, account.metadata().creationTimestamp());
        assertEquals(1, GenericObjects.list(lab.store, GenericTypes.SERVICE_ACCOUNT, "team").size());
    }

    @Test
    void aTerminatingNamespaceGetsNone() {
        Lab lab = new Lab();
        lab.store.create(new Namespace(ObjectMeta.of("gone", "", lab.seed.uid(), lab.now, Map.of()),
                "Terminating"));
        lab.settle();
        assertFalse(account(lab, "gone", "default").isPresent());
    }

    @Test
    void aDeletedDefaultAccountComesBackWithANewUidButOtherAccountsStayDeleted() {
        Lab lab = new Lab();
        String before = account(lab, "default", "default").orElseThrow().metadata().uid();
        GenericObjects.delete(lab.store, GenericTypes.SERVICE_ACCOUNT, "default", "default");
        GenericObjects.delete(lab.store, GenericTypes.SERVICE_ACCOUNT, "kube-system", "coredns");
        lab.after(1);
        String after = account(lab, "default", "default").orElseThrow().metadata().uid();
        assertNotEquals(before, after);
        assertFalse(account(lab, "kube-system", "coredns").isPresent());
    }

    @Test
    void aReplicaSetWhoseAccountIsMissingRecordsFailedCreateAndCreatesItsPodsOnceTheAccountExists() {
        Lab lab = new Lab();
        Container web = new Container("web", "nginx", List.of());
        Map<String, String> labels = Map.of("app", "api");
        PodSpec spec = new PodSpec(null, false, List.of(web)).withServiceAccount("robot");
        lab.store.create(new ReplicaSet(ObjectMeta.of("api", "default", lab.seed.uid(), lab.now, labels), 2,
                new LabelSelector(labels), new PodTemplateSpec(labels, spec), WorkloadStatus.EMPTY));
        lab.settle();
        assertTrue(lab.pods("api-").isEmpty());
        assertEquals(List.of("FailedCreate: Error creating: pods \"api-\" is forbidden: error looking up service"
                + " account default/robot: serviceaccount \"robot\" not found"), lab.events("api"));
        lab.store.create(ServiceAccounts.of("robot", "default", lab.seed.uid(), lab.now));
        lab.settle();
        assertEquals(2, lab.pods("api-").size());
        assertEquals("robot", lab.pods("api-").get(0).spec().serviceAccountName());
    }

    private static Optional<GenericObject> account(Lab lab, String namespace, String name) {
        return GenericObjects.get(lab.store, GenericTypes.SERVICE_ACCOUNT, namespace, name);
    }
}
