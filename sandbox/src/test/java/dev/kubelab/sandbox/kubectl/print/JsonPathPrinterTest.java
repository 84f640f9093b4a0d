package dev.kubelab.sandbox.kubectl.print;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonPathPrinterTest {
    private static final Map<String, Object> LIST = Map.of("kind", "List", "items", List.of(
            Map.of("metadata", Map.of("name", "a", "labels", Map.of("app", "web")),
                    "spec", Map.of("ports", List.of(Map.of("port", 80), Map.of("port", 443)))),
            Map.of("metadata", Map.of("name", "b", "labels", Map.of("kubernetes.io/os", "linux")),
                    "status", Map.of("addresses", List.of(Map.of("type", "InternalIP", "address", "10.0.0.2"),
                            Map.of("type", "Hostname", "address", "b"))))));

    private static String print(String template) {
        return new JsonPathPrinter(JsonPathTemplate.parse(template)).print(LIST);
    }

    @Test
    void severalResultsAreJoinedBySpaces() {
        assertEquals("a b", print("{.items[*].metadata.name}"));
        assertEquals("80 443", print("{.items[0].spec.ports[*].port}"));
        assertEquals("b", print("{.items[-1].metadata.name}"));
    }

    @Test
    void rangeAndStringLiterals() {
        assertEquals("a\nb\n", print("{range .items[*]}{.metadata.name}{\"\\n\"}{end}"));
        assertEquals("names: a,", print("names: {.items[0].metadata.name},"));
    }

    @Test
    void filtersEscapedDotsAndMissingKeys() {
        assertEquals("10.0.0.2", print("{.items[*].status.addresses[?(@.type==\"InternalIP\")].address}"));
        assertEquals("linux", print("{.items[1].metadata.labels.kubernetes\\.io/os}"));
        assertEquals("", print("{.items[0].spec.nothing}"));
    }

    @Test
    void mapsPrintAsCompactJson() {
        assertEquals("{\"app\":\"web\"}", print("{.items[0].metadata.labels}"));
    }

    @Test
    void anUnclosedActionIsKubectlsParseError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonPathTemplate.parse("{.items[*]"));
        assertEquals("error parsing jsonpath {.items[*], unclosed action", e.getMessage());
    }
}
