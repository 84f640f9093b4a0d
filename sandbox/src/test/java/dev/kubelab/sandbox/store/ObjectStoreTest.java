package dev.kubelab.sandbox.store;

import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.ObjectMeta;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ObjectStoreTest {
    private final ObjectStore store = new ObjectStore();

    @Test
    void listsSortedByNameAndAnnouncesEveryChange() {
        List<String> events = new ArrayList<>();
        Runnable stop = store.subscribe(e -> events.add(e.type() + " " + e.object().metadata().name() + " rv="
                + e.object().metadata().resourceVersion()));
        store.create(ns("kube-system"));
        store.create(ns("default"));
        store.update(ns("default"));
        store.delete(ns("x").kind(), "", "kube-system");
        stop.run();
        store.create(ns("later"));
        assertEquals(List.of("ADDED kube-system rv=1", "ADDED default rv=2", "MODIFIED default rv=3",
                "DELETED kube-system rv=1"), events);
        assertEquals(List.of("default", "later"),
                store.list(Namespace.class, null).stream().map(n -> n.metadata().name()).toList());
        assertThrows(AlreadyExistsException.class, () -> store.create(ns("later")));
    }

    private static Namespace ns(String name) {
        return new Namespace(ObjectMeta.of(name, "", "uid-" + name, Instant.EPOCH, Map.of()), "Active");
    }
}
