package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The snapshots (views), the live namespace scan and the controller index stay true to the store's contents. */
class ObjectStoreIndexTest {
    private final ObjectStore store = new ObjectStore();

    @Test
    void viewsAreImmutableSnapshotsSharedUntilTheKindChanges() {
        store.create(pod("b", "default", null));
        store.create(pod("a", "default", null));
        store.create(pod("z", "kube-system", null));
        List<Pod> before = store.view(Pod.class, "default");
        assertEquals(List.of("a", "b"), names(before));
        assertSame(before, store.view(Pod.class, "default"));
        assertThrows(UnsupportedOperationException.class, () -> before.add(pod("c", "default", null)));

        store.create(pod("c", "default", null));
        assertEquals(List.of("a", "b"), names(before)); // a snapshot taken earlier does not move
        assertEquals(List.of("a", "b", "c"), names(store.view(Pod.class, "default")));
        assertEquals(List.of("a", "b", "c", "z"), names(store.view(Pod.class, null)));
        store.delete(pod("z", "kube-system", null).kind(), "kube-system", "z");
        assertEquals(List.of(), store.view(Pod.class, "kube-system"));
        assertEquals(List.of(), store.view(Namespace.class, null));
    }

    @Test
    void listStillReturnsAFreshMutableList() {
        store.create(pod("a", "default", null));
        List<Pod> listed = store.list(Pod.class, "default");
        listed.add(pod("x", "default", null));
        assertEquals(List.of("a"), names(store.list(Pod.class, "default")));
    }

    @Test
    void claimableHoldsTheControllersObjectsAndTheOrphansOfTheNamespaceInKeyOrder() {
        store.create(pod("d-orphan", "default", null));
        store.create(pod("c-mine", "default", "rs-1"));
        store.create(pod("b-other", "default", "rs-2"));
        store.create(pod("a-mine", "default", "rs-1"));
        store.create(pod("e-elsewhere", "kube-system", null));
        assertEquals(List.of("a-mine", "c-mine", "d-orphan"), names(store.claimable(Pod.class, "default", "rs-1")));

        // Adoption, release and deletion move objects between the index's buckets.
        store.update(pod("d-orphan", "default", "rs-2"));
        store.update(pod("c-mine", "default", null));
        store.delete(pod("a-mine", "default", null).kind(), "default", "a-mine");
        assertEquals(List.of("c-mine"), names(store.claimable(Pod.class, "default", "rs-1")));
        assertEquals(List.of("b-other", "c-mine", "d-orphan"), names(store.claimable(Pod.class, "default", "rs-2")));
        assertEquals(List.of("e-elsewhere"), names(store.claimable(Pod.class, "kube-system", "rs-1")));
    }

    @Test
    void liveScanShowsTheNamespaceAsItIsNow() {
        store.create(pod("a", "default", null));
        store.create(pod("b", "other", null));
        store.create(pod("a", "default-2", null)); // a namespace sharing the prefix stays out
        assertEquals(List.of("a"), names(List.copyOf(store.live(Pod.class, "default"))));
        store.create(pod("c", "default", null));
        assertEquals(List.of("a", "c"), names(List.copyOf(store.live(Pod.class, "default"))));
    }

    @Test
    void aSubscriberRemovedWhileAnEventIsDeliveredStillSeesThatEventOnly() {
        int[] seen = {0};
        Runnable[] stop = new Runnable[1];
        stop[0] = store.subscribe(e -> {
            seen[0]++;
            stop[0].run();
        });
        store.create(pod("a", "default", null));
        store.create(pod("b", "default", null));
        assertEquals(1, seen[0]);
    }

    private static Pod pod(String name, String namespace, String controllerUid) {
        List<OwnerReference> owners = controllerUid == null ? List.of()
                : List.of(new OwnerReference("apps/v1", "ReplicaSet", controllerUid, controllerUid, true));
        ObjectMeta meta = ObjectMeta.of(name, namespace, "uid-" + name, Instant.EPOCH, Map.of())
                .withOwnerReferences(owners);
        return new Pod(meta, new PodSpec(null, false, List.of()), PodStatus.pending());
    }

    private static List<String> names(List<? extends KubeObject> objects) {
        return objects.stream().map(o -> o.metadata().name()).toList();
    }
}
