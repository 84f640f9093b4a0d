package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.ObjectMeta;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CustomColumnsPrinterTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static ConfigMap configMap(String name, Map<String, String> labels) {
        return new ConfigMap(ObjectMeta.of(name, "default", "uid-" + name, T0, labels), Map.of("k", "v"));
    }

    /** Empty labels are left out of the encoded object, so that cell is &lt;none&gt; too. */
    @Test
    void relaxedPathsMissingValuesAndMaps() {
        CustomColumnsPrinter p = CustomColumnsPrinter.fromSpec(
                "NAME:metadata.name,NS:{.metadata.namespace},APP:.metadata.labels.app,LABELS:{metadata.labels}",
                false);
        assertEquals("""
                NAME       NS        APP      LABELS
                settings   default   web      map[app:web tier:db]
                x          default   <none>   <none>
                """, p.print(List.of(configMap("settings", Map.of("app", "web", "tier", "db")),
                configMap("x", Map.of()))));
    }

    @Test
    void noHeadersLeavesOutTheHeaderLine() {
        assertEquals("x\n", CustomColumnsPrinter.fromSpec("N:.metadata.name", true).print(
                List.of(configMap("x", Map.of()))));
    }

    @Test
    void badSpecsHaveKubectlsMessages() {
        assertEquals("custom-columns format specified but no custom columns given", assertThrows(
                IllegalArgumentException.class, () -> CustomColumnsPrinter.fromSpec("", false)).getMessage());
        assertEquals("unexpected custom-columns spec: IP, expected <header>:<json-path-expr>", assertThrows(
                IllegalArgumentException.class, () -> CustomColumnsPrinter.fromSpec("N:.a,IP", false)).getMessage());
        assertEquals("number of headers (2) and field specifications (1) don't match", assertThrows(
                IllegalArgumentException.class, () -> CustomColumnsPrinter.fromTemplate("A B\n.a\n")).getMessage());
    }
}
