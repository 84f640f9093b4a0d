package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.KubeObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The strict field check against fields.txt. Refusing a valid field is worse than missing a typo, so most
 * cases here are manifests a v1.32 API server takes.
 */
class UnknownFieldsTest {
    @Test
    void schemaCoversEveryServedKind() {
        FieldSchema schema = FieldSchema.shared();
        for (String root : List.of("v1/Service", "v1/Endpoints", "discovery.k8s.io/v1/EndpointSlice", "v1/Pod",
                "v1/ConfigMap", "v1/Secret", "v1/ServiceAccount", "v1/Namespace", "v1/Node", "v1/Event",
                "v1/ReplicationController", "apps/v1/Deployment", "apps/v1/ReplicaSet", "apps/v1/DaemonSet",
                "apps/v1/StatefulSet")) {
            int slash = root.lastIndexOf('/');
            assertNotNull(schema.root(root.substring(0, slash), root.substring(slash + 1)), root);
        }
    }

    @Test
    void manifestsWithEveryCommonFieldAreTaken() throws IOException {
        List<String> refused = new ArrayList<>();
        for (Object doc : ManifestParser.documents(resource("valid-manifests.yaml"), "valid-manifests.yaml")) {
            Map<?, ?> tree = (Map<?, ?>) doc;
            List<String> unknown = UnknownFields.of(tree);
            if (!unknown.isEmpty()) {
                refused.add(tree.get("kind") + ": " + unknown);
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void everyObjectOfABootedClusterIsTakenBackAsItPrints() {
        List<String> refused = new ArrayList<>();
        for (KubeObject o : BootedCluster.allObjects()) {
            List<String> unknown = UnknownFields.of(ObjectCodec.toTree(o));
            if (!unknown.isEmpty()) {
                refused.add(o.kind() + " " + o.metadata().name() + ": " + unknown);
            }
        }
        assertEquals(List.of(), refused);
    }

    @Test
    void goldenYamlIsTaken() throws IOException {
        for (String file : List.of("deploy-coredns.yaml", "pod-coredns.yaml", "svc-kube-dns.yaml",
                "svc-kubernetes.yaml")) {
            Map<?, ?> tree = (Map<?, ?>) ManifestParser.documents(resource(file), file).get(0);
            assertEquals(List.of(), UnknownFields.of(tree), file);
        }
    }

    @Test
    void misspellingsAreReportedAtEveryLevelInSortedKeyOrder() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  lables: {a: b}\n"
                + "spec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    spec:\n"
                + "      volumes:\n      - name: c\n        configmap: {name: c}\n"
                + "      contianers:\n      - name: x\n"
                + "  replica: 2\n"
                + "zzz: 1\n";
        assertEquals(List.of("metadata.lables", "spec.replica", "spec.template.spec.contianers",
                "spec.template.spec.volumes[0].configmap", "zzz"), UnknownFields.of(tree(yaml)));
    }

    @Test
    void caseOnlyTyposAreUnknownAsWell() {
        String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
                + "spec:\n  ports:\n  - port: 80\n    TargetPort: 8080\n";
        assertEquals(List.of("spec.ports[0].TargetPort"), UnknownFields.of(tree(yaml)));
    }

    @Test
    void freeFormMapsOpaqueSubtreesAndTheInsideOfAnUnknownKeyAreNotLookedInto() {
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {anything: goes}\n"
                + "spec:\n  nodeSelector: {whatever: x}\n  containers:\n  - name: c\n"
                + "    resources: {limits: {nvidia.com/gpu: 1}}\n  volumes:\n  - name: d\n"
                + "    gcePersistentDisk: {pdName: d, notAField: 1}\n  bogus: {deeper: {x: 1}}\n"
                + "status: {phase: Running, madeUp: 1}\n";
        assertEquals(List.of("spec.bogus"), UnknownFields.of(tree(yaml)));
    }

    @Test
    void customResourcesAndUnknownKindsAreNotChecked() {
        assertEquals(List.of(), UnknownFields.of(tree("apiVersion: metallb.io/v1beta1\nkind: IPAddressPool\n"
                + "metadata: {name: p}\nspec: {adresses: [192.0.2.0/24]}\n")));
        assertEquals(List.of(), UnknownFields.of(tree("apiVersion: v2\nkind: Service\nspec: {selecter: {}}\n")));
    }

    @Test
    void strictDecodingErrorNamesTheKindAndVersion() {
        assertEquals("Secret in version \"v1\" cannot be handled as a Secret: strict decoding error: "
                        + "unknown field \"strinData\"",
                ObjectCodec.strictDecodingError(tree("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"
                        + "strinData: {a: b}\n")));
        assertEquals("Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: "
                        + "unknown field \"spec.a\", unknown field \"spec.b\"",
                ObjectCodec.strictDecodingError(tree("apiVersion: apps/v1\nkind: Deployment\nspec: {b: 1, a: 2}\n")));
        assertNull(ObjectCodec.strictDecodingError(tree("apiVersion: v1\nkind: ConfigMap\ndata: {selecter: x}\n")));
    }

    private static Map<?, ?> tree(String yaml) {
        return (Map<?, ?>) ManifestParser.documents(yaml, "test.yaml").get(0);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = UnknownFieldsTest.class.getResourceAsStream("/dev/kubelab/sandbox/codec/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
