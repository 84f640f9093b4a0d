package dev.kubelab.sandbox.kubectl.patch;

import dev.kubelab.sandbox.codec.ManifestParser;
import dev.kubelab.sandbox.kubectl.mutate.Trees;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The three patch types on JSON-shaped trees, written as JSON for readability. */
class PatchAlgorithmsTest {
    private static final String SERVICE = "{\"spec\":{\"type\":\"NodePort\",\"ports\":["
            + "{\"name\":\"http\",\"port\":80,\"nodePort\":30080},{\"name\":\"metrics\",\"port\":9090,\"nodePort\":30090}]}}";

    private static Object json(String text) {
        return Trees.copy(ManifestParser.firstDocument(text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String text) {
        return (Map<String, Object>) json(text);
    }

    @Test
    void mergePatchMergesObjectsDeletesNullsAndReplacesLists() {
        Object out = MergePatch.apply(json("{\"a\":{\"b\":1,\"c\":2},\"l\":[1,2]}"), json("{\"a\":{\"c\":null,\"d\":3},\"l\":[3]}"));
        assertEquals(json("{\"a\":{\"b\":1,\"d\":3},\"l\":[3]}"), out);
    }

    @Test
    void strategicMergeKeysServicePortsByPortAndOrdersLikeTheApiServer() {
        Map<String, Object> out = StrategicMergePatch.apply(map(SERVICE),
                map("{\"spec\":{\"ports\":[{\"port\":443,\"name\":\"https\"},{\"port\":80,\"nodePort\":30081}]}}"));
        // normalizeElementOrder: named items in patch order; an item only the server has goes first when the
        // new item it is compared with has no place in the live list.
        assertEquals(json("{\"spec\":{\"type\":\"NodePort\",\"ports\":["
                + "{\"name\":\"metrics\",\"port\":9090,\"nodePort\":30090},{\"name\":\"https\",\"port\":443},"
                + "{\"name\":\"http\",\"port\":80,\"nodePort\":30081}]}}"), out);
    }

    @Test
    void strategicMergeDeleteDirectiveAndContainersByName() {
        Map<String, Object> out = StrategicMergePatch.apply(map(SERVICE),
                map("{\"spec\":{\"ports\":[{\"port\":9090,\"$patch\":\"delete\"}]}}"));
        assertEquals(json("{\"spec\":{\"type\":\"NodePort\",\"ports\":[{\"name\":\"http\",\"port\":80,\"nodePort\":30080}]}}"),
                out);
        Map<String, Object> pod = map("{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x:1\",\"ports\":[{\"containerPort\":80}]},"
                + "{\"name\":\"b\",\"image\":\"y:1\"}]}}");
        Map<String, Object> patched = StrategicMergePatch.apply(pod,
                map("{\"spec\":{\"containers\":[{\"name\":\"b\",\"image\":\"y:2\"}]}}"));
        assertEquals(json("{\"spec\":{\"containers\":[{\"name\":\"a\",\"image\":\"x:1\",\"ports\":[{\"containerPort\":80}]},"
                + "{\"name\":\"b\",\"image\":\"y:2\"}]}}"), patched);
    }

    @Test
    void strategicMergeWithoutTheMergeKeyIsRefused() {
        PatchRejected e = assertThrows(PatchRejected.class, () -> StrategicMergePatch.apply(map(SERVICE),
                map("{\"spec\":{\"ports\":[{\"nodePort\":30081,\"protocol\":\"TCP\"}]}}")));
        assertEquals("Error from server: map: map[nodePort:30081 protocol:TCP] does not contain declared merge key: port",
                e.getMessage());
    }

    @Test
    void jsonPatchOperations() {
        Object out = JsonPatch.apply(json(SERVICE), json("[{\"op\":\"replace\",\"path\":\"/spec/ports/0/nodePort\",\"value\":30001},"
                + "{\"op\":\"remove\",\"path\":\"/spec/ports/1\"},"
                + "{\"op\":\"add\",\"path\":\"/spec/ports/-\",\"value\":{\"port\":443}},"
                + "{\"op\":\"copy\",\"from\":\"/spec/type\",\"path\":\"/spec/was\"},"
                + "{\"op\":\"test\",\"path\":\"/spec/was\",\"value\":\"NodePort\"},"
                + "{\"op\":\"move\",\"from\":\"/spec/was\",\"path\":\"/spec/a~1b\"}]"));
        assertEquals(json("{\"spec\":{\"type\":\"NodePort\",\"a/b\":\"NodePort\",\"ports\":["
                + "{\"name\":\"http\",\"port\":80,\"nodePort\":30001},{\"port\":443}]}}"), out);
    }

    @Test
    void jsonPatchFailuresAreAsTheApiServerReportsThem() {
        String invalid = "The request is invalid: the server rejected our request due to an error in our request";
        assertEquals(invalid, assertThrows(PatchRejected.class, () -> JsonPatch.apply(json(SERVICE),
                json("[{\"op\":\"remove\",\"path\":\"/spec/nope\"}]"))).getMessage());
        assertEquals(invalid, assertThrows(PatchRejected.class, () -> JsonPatch.apply(json(SERVICE),
                json("[{\"op\":\"test\",\"path\":\"/spec/type\",\"value\":\"ClusterIP\"}]"))).getMessage());
        assertEquals(invalid, assertThrows(PatchRejected.class, () -> JsonPatch.apply(json(SERVICE),
                json("[{\"op\":\"replace\",\"path\":\"/spec/ports/5/port\",\"value\":1}]"))).getMessage());
        assertEquals("Error from server (BadRequest): json: cannot unmarshal object into Go value of type jsonpatch.Patch",
                assertThrows(PatchRejected.class, () -> JsonPatch.apply(json(SERVICE), json("{\"op\":\"add\"}")))
                        .getMessage());
    }

    @Test
    void typeNames() {
        assertEquals(PatchType.STRATEGIC, PatchType.of(""));
        assertEquals(PatchType.MERGE, PatchType.of("Merge"));
        assertEquals("--type must be one of [json merge strategic], not \"apply\"",
                assertThrows(RuntimeException.class, () -> PatchType.of("apply")).getMessage());
    }
}
