package dev.kubelab.sandbox.api.generic;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.store.ObjectStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Generic kinds: registry lookups, store keys per type, scope, YAML round trip. */
class GenericKindsTest {
    private static final Instant T = Instant.parse("2026-11-27T10:00:00Z");
    private static final GenericType ROLE = GenericTypes.named("roles").orElseThrow();
    private static final GenericType SA = GenericTypes.named("sa").orElseThrow();

    private static GenericObject object(GenericType type, String name, String ns, Map<String, Object> body) {
        return new GenericObject(type, ObjectMeta.of(name, ns, "uid-" + name, T, Map.of()), body);
    }

    @Test
    void registryResolvesNamesAndVersions() {
        assertEquals("ServiceAccount", SA.kindName());
        assertEquals("rbac.authorization.k8s.io/v1", ROLE.apiVersion());
        assertEquals(GenericTypes.CRD, GenericTypes.named("crd").orElseThrow());
        assertEquals(GenericTypes.IP_ADDRESS_POOL, GenericTypes.named("ipaddresspools.metallb.io").orElseThrow());
        assertEquals(GenericTypes.IP_ADDRESS_POOL,
                GenericTypes.find("metallb.io/v1beta1", "IPAddressPool").orElseThrow());
        assertTrue(GenericTypes.find("metallb.io/v1", "IPAddressPool").isEmpty());
        assertEquals("ipaddresspool.metallb.io", GenericTypes.IP_ADDRESS_POOL.qualifiedLowerKind());
        assertEquals("clusterrole.rbac.authorization.k8s.io",
                GenericTypes.named("clusterroles").orElseThrow().qualifiedLowerKind());
    }

    @Test
    void sameNameOfDifferentTypesLivesSideBySide() {
        ObjectStore store = new ObjectStore();
        store.create(object(SA, "controller", "metallb-system", Map.of()));
        store.create(object(ROLE, "controller", "metallb-system", Map.of("rules", List.of())));
        assertEquals(List.of("controller"), names(GenericObjects.list(store, ROLE, "metallb-system")));
        assertEquals(List.of("controller"), names(GenericObjects.list(store, SA, null)));
        assertTrue(GenericObjects.get(store, SA, "metallb-system", "controller").isPresent());
        assertTrue(GenericObjects.get(store, SA, "default", "controller").isEmpty());
        GenericObjects.delete(store, SA, "metallb-system", "controller");
        assertTrue(GenericObjects.get(store, SA, "metallb-system", "controller").isEmpty());
        assertTrue(GenericObjects.get(store, ROLE, "metallb-system", "controller").isPresent());
    }

    @Test
    void clusterScopedTypesDropTheNamespaceAndCustomOnesNeedTheirCrd() {
        GenericType clusterRole = GenericTypes.named("clusterrole").orElseThrow();
        assertEquals("", object(clusterRole, "x", "default", Map.of()).metadata().namespace());
        ObjectStore store = new ObjectStore();
        assertFalse(GenericObjects.served(store, GenericTypes.IP_ADDRESS_POOL));
        assertTrue(GenericObjects.served(store, SA));
        store.create(object(GenericTypes.CRD, "ipaddresspools.metallb.io", "", Map.of()));
        assertTrue(GenericObjects.served(store, GenericTypes.IP_ADDRESS_POOL));
    }

    @Test
    void yamlRoundTripKeepsTheBody() {
        String yaml = """
                apiVersion: metallb.io/v1beta1
                kind: IPAddressPool
                metadata:
                  name: first-pool
                  namespace: metallb-system
                spec:
                  addresses:
                  - 172.30.255.200-172.30.255.250
                  autoAssign: false
                """;
        KubeObject decoded = ObjectCodec.decodeFile(yaml, "pool.yaml").get(0);
        GenericObject pool = assertInstanceOf(GenericObject.class, decoded);
        assertEquals(GenericTypes.IP_ADDRESS_POOL, pool.type());
        assertEquals("metallb-system", pool.metadata().namespace());
        assertEquals(yaml, ObjectCodec.toYaml(pool));
        assertEquals(pool, ObjectCodec.fromTree(ObjectCodec.toTree(pool), "again"));
        GenericObject defaulted = SchemaDefaults.apply(pool);
        assertEquals(Map.of("addresses", List.of("172.30.255.200-172.30.255.250"), "autoAssign", false,
                "avoidBuggyIPs", false), defaulted.body().get("spec"));
    }

    private static List<String> names(List<GenericObject> objects) {
        return objects.stream().map(o -> o.metadata().name()).toList();
    }
}
