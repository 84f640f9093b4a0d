package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.Service;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `kubectl apply -f` reads, and the errors it prints for files it cannot. */
class ManifestDecodeTest {
    private static final String SERVICE = "apiVersion: v1\n"
            + "kind: Service\n"
            + "metadata:\n"
            + "  name: web\n"
            + "  labels: {app: web}\n"
            + "spec:\n"
            + "  selector:\n"
            + "    app: web\n"
            + "  ports:\n"
            + "    - port: 80\n"
            + "      targetPort: http\n"
            + "      protocol: TCP\n";

    @Test
    void serviceWithNamedTargetPortAndUnmodelledFields() {
        Service svc = (Service) ObjectCodec.decodeFile(SERVICE + "  externalTrafficPolicy: Cluster\n", "svc.yaml")
                .get(0);
        assertEquals("web", svc.metadata().name());
        assertEquals("", svc.metadata().namespace());
        assertEquals(Map.of("app", "web"), svc.metadata().labels());
        assertEquals(IntOrString.of("http"), svc.spec().ports().get(0).targetPort());
        assertEquals(80, svc.spec().ports().get(0).port());
        assertEquals("", svc.spec().ports().get(0).name());
    }

    @Test
    void multiDocumentFilesSkipEmptyDocuments() {
        List<KubeObject> objects = ObjectCodec.decodeFile("---\n" + SERVICE + "---\n---\n"
                + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n", "all.yaml");
        assertEquals(2, objects.size());
        assertTrue(objects.get(1) instanceof Namespace);
    }

    @Test
    void jsonWithTabsReads() {
        String json = "{\n\t\"apiVersion\": \"v1\",\n\t\"kind\": \"Namespace\",\n\t\"metadata\": {\"name\": \"a\\/b\"}\n}";
        assertEquals("a/b", ObjectCodec.decodeFile(json, "ns.json").get(0).metadata().name());
    }

    @Test
    void timestampsAndNumbersInLabelsKeepTheirText() {
        Namespace ns = (Namespace) ObjectCodec.decodeFile("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
                + "  creationTimestamp: 2026-11-27T10:00:00Z\n  labels:\n    day: \"2026-11-27\"\n", "ns.yaml").get(0);
        assertEquals("2026-11-27T10:00:00Z", ns.metadata().creationTimestamp().toString());
        assertEquals("2026-11-27", ns.metadata().labels().get("day"));
    }

    @Test
    void duplicateKeysLastOneWinsAsKubectlDoes() {
        KubeObject o = ObjectCodec.decodeFile("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n",
                "ns.yaml").get(0);
        assertEquals("b", o.metadata().name());
    }

    @Test
    void syntaxErrorsReadLikeGoYaml() {
        assertEquals("error parsing f.yaml: error converting YAML to JSON: yaml: line 3: mapping values are not "
                + "allowed in this context", error("apiVersion: v1\nkind: Pod\nmetadata: name: x\n"));
        assertEquals("error parsing f.yaml: error converting YAML to JSON: yaml: line 3: found character that "
                + "cannot start any token", error("apiVersion: v1\nkind: Pod\n\tmetadata: {}\n"));
        assertEquals("error parsing f.yaml: error converting YAML to JSON: yaml: line 3: did not find expected key",
                error("apiVersion: v1\nmetadata:\n  name: x\n bad: y\n"));
    }

    @Test
    void unknownKindsAndVersions() {
        assertEquals("resource mapping not found for name: \"x\" namespace: \"\" from \"f.yaml\": no matches for "
                + "kind \"Foo\" in version \"v1\"\nensure CRDs are installed first",
                error("apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n"));
        assertEquals("resource mapping not found for name: \"web\" namespace: \"shop\" from \"f.yaml\": no matches "
                + "for kind \"Deployment\" in version \"v1\"\nensure CRDs are installed first",
                error("apiVersion: v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\n"));
        assertEquals("unable to decode \"f.yaml\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\","
                + "\"metadata\":{\"name\":\"x\"}}'", error("apiVersion: v1\nmetadata:\n  name: x\n"));
    }

    @Test
    void wrongTypesReadLikeEncodingJson() {
        assertEquals("json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32",
                error(SERVICE.replace("port: 80", "port: \"80\"")));
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            bomb.append("]\n");
            prev = c;
        }
        assertEquals("error parsing bomb.yaml: error converting YAML to JSON: yaml: document contains excessive "
                + "aliasing", assertThrows(CodecException.class,
                        () -> ObjectCodec.decodeFile(bomb.toString(), "bomb.yaml")).getMessage());
    }

    @Test
    void oversizedFilesAreRefused() {
        String huge = "a: \"" + "x".repeat(ManifestParser.MAX_CODE_POINTS) + "\"\n";
        assertEquals("error parsing big.yaml: the file is larger than 1 MiB",
                assertThrows(CodecException.class, () -> ObjectCodec.decodeFile(huge, "big.yaml")).getMessage());
    }

    private static String error(String content) {
        return assertThrows(CodecException.class, () -> ObjectCodec.decodeFile(content, "f.yaml")).getMessage();
    }
}
