package dev.kubelab.sandbox.shell.exec;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParameterOperatorsTest {
    private final Map<String, String> vars = new HashMap<>(Map.of("p", "pod/web-84f9d6668c-v9nr7",
            "f", "svc.backup.yaml", "empty", ""));

    private String x(String inner) {
        return ParameterOperators.expand(inner, n -> vars.getOrDefault(n, ""), vars::put, w -> w);
    }

    @Test
    void stripsPrefixesAndSuffixesByGlob() {
        assertEquals("web-84f9d6668c-v9nr7", x("p#pod/"));
        assertEquals("web-84f9d6668c-v9nr7", x("p#*/"));
        assertEquals("v9nr7", x("p##*-"));
        assertEquals("svc.backup", x("f%.*"));
        assertEquals("svc", x("f%%.*"));
        assertEquals("svc.backup.yaml", x("f#nothing"));
    }

    @Test
    void lengthDefaultsAndReplacement() {
        assertEquals("24", x("#p"));
        assertEquals("fallback", x("empty:-fallback"));
        assertEquals("fallback", x("unset-fallback"));
        assertEquals("", x("empty:+shown"));
        assertEquals("shown", x("f:+shown"));
        assertEquals("given", x("new:=given"));
        assertEquals("given", vars.get("new"));
        assertEquals("svc-backup.yaml", x("f/./-"));
        assertEquals("svc-backup-yaml", x("f//./-"));
    }

    @Test
    void anythingElseIsABadSubstitution() {
        ShellAbort abort = assertThrows(ShellAbort.class, () -> x("p^^"));
        assertEquals("-bash: ${p^^}: bad substitution", abort.getMessage());
    }
}
