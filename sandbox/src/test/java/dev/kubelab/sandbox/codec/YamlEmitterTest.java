package dev.kubelab.sandbox.codec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** sigs.k8s.io/yaml's (go-yaml v2) output conventions. */
class YamlEmitterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "web            | web",
        "``             | `\"\"`",
        "80             | `\"80\"`",
        "true           | `\"true\"`",
        "yes            | `\"yes\"`",
        "on             | `\"on\"`",
        "null           | `\"null\"`",
        "~              | `\"~\"`",
        "1.5            | `\"1.5\"`",
        "0x1F           | `\"0x1F\"`",
        "1e3            | `\"1e3\"`",
        "1:20           | `\"1:20\"`",
        "2026-11-27T10:00:00Z | `\"2026-11-27T10:00:00Z\"`",
        "2026-11-27     | `\"2026-11-27\"`",
        "10.96.0.10     | 10.96.0.10",
        "v1.32.0        | v1.32.0",
        "*              | `'*'`",
        "-              | `'-'`",
        "-v             | -v",
        "a: b           | `'a: b'`",
        "a:b            | a:b",
        "it's           | it's",
        "#x             | `'#x'`",
        "a #x           | `'a #x'`",
        "` a`           | `' a'`",
        "{x}            | `'{x}'`",
        "/dev/termination-log | /dev/termination-log",
        "@sha256        | `'@sha256'`",
    })
    void scalarQuoting(String value, String expected) {
        assertEquals("k: " + expected + "\n", YamlEmitter.emit(Map.of("k", value)));
    }

    @Test
    void keysSortedSequencesNotIndentedEmptyCollectionsInline() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("spec", Map.of("ports", List.of(Map.of("port", 80, "name", "http"), Map.of("port", 443)),
                "selector", Map.of("app", "web")));
        tree.put("apiVersion", "v1");
        tree.put("status", Map.of("loadBalancer", Map.of()));
        tree.put("list", List.of());
        tree.put("nested", List.of(List.of("a", "b"), "c"));
        tree.put("nothing", nullValue());
        assertEquals("apiVersion: v1\n"
                + "list: []\n"
                + "nested:\n"
                + "- - a\n"
                + "  - b\n"
                + "- c\n"
                + "nothing: null\n"
                + "spec:\n"
                + "  ports:\n"
                + "  - name: http\n"
                + "    port: 80\n"
                + "  - port: 443\n"
                + "  selector:\n"
                + "    app: web\n"
                + "status:\n"
                + "  loadBalancer: {}\n", YamlEmitter.emit(tree));
    }

    @Test
    void multiLineStringsAreLiteralBlocks() {
        assertEquals("metadata:\n  annotations:\n    a: |\n      {\"x\":1}\n    b: |-\n      one\n\n      two\n",
                YamlEmitter.emit(Map.of("metadata", Map.of("annotations", Map.of("a", "{\"x\":1}\n",
                        "b", "one\n\ntwo")))));
        assertEquals("- |+\n  x\n\n", YamlEmitter.emit(List.of("x\n\n")));
        assertEquals("k: \"trailing \\nspace\"\n", YamlEmitter.emit(Map.of("k", "trailing \nspace")));
    }

    @Test
    void longPlainStringsFoldAfterColumn80() {
        String message = "Back-off pulling image nginx:1.27-bogus because the registry returned not found for "
                + "that tag";
        // libyaml breaks at the first space once the column is past 80, continuing two spaces in
        assertEquals("message: Back-off pulling image nginx:1.27-bogus because the registry returned not\n"
                + "  found for that tag\n", YamlEmitter.emit(Map.of("message", message)));
        String quoted = "Failed to pull image \"nginx:bogus\": rpc error: code = NotFound desc = failed to pull "
                + "and unpack image";
        assertEquals("message: 'Failed to pull image \"nginx:bogus\": rpc error: code = NotFound desc = failed\n"
                + "  to pull and unpack image'\n", YamlEmitter.emit(Map.of("message", quoted)));
    }

    @Test
    void controlCharactersAreDoubleQuotedEscapes() {
        assertEquals("k: \"a\\tb\"\n", YamlEmitter.emit(Map.of("k", "a\tb")));
        assertEquals("k: \"\\e[31mred\"\n", YamlEmitter.emit(Map.of("k", "\u001b[31mred")));
    }

    @Test
    void jsonIsIndentedByFourSortedAndHtmlSafe() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("b", List.of(1, "<x&y>"));
        tree.put("a", Map.of());
        tree.put("c", List.of());
        tree.put("d", true);
        assertEquals("{\n    \"a\": {},\n    \"b\": [\n        1,\n        \"\\u003cx\\u0026y\\u003e\"\n    ],\n"
                + "    \"c\": [],\n    \"d\": true\n}\n", JsonEmitter.emit(tree));
        assertEquals("{\"a\":{},\"b\":[1,\"\\u003cx\\u0026y\\u003e\"],\"c\":[],\"d\":true}", JsonEmitter.compact(tree));
    }

    private static Object nullValue() {
        return null;
    }
}
