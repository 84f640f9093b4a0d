package dev.kubelab.sandbox.kubectl.print.gotemplate;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Expected texts are what Go 1.23's text/template prints for the same template over json-decoded data. */
class GoTemplateTest {
    private static final Map<String, Object> POD = pod();

    private static Map<String, Object> pod() {
        Map<String, Object> meta = new TreeMap<>(Map.of("name", "web", "namespace", "default",
                "labels", new TreeMap<>(Map.of("app", "web", "tier", "front"))));
        Map<String, Object> port = new TreeMap<>(Map.of("containerPort", 80.0, "protocol", "TCP"));
        Map<String, Object> container = new TreeMap<>(Map.of("name", "nginx", "image", "nginx:1.27",
                "ports", List.of(port)));
        Map<String, Object> spec = new TreeMap<>(Map.of("containers", List.of(container), "hostNetwork", false));
        Map<String, Object> pod = new TreeMap<>(Map.of("kind", "Pod", "metadata", meta, "spec", spec));
        pod.put("status", new TreeMap<>(Map.of("podIP", "192.168.1.2", "big", 1500000.0, "half", 0.5)));
        return pod;
    }

    private static String run(String template) {
        GoTemplate.Result r = GoTemplate.parse(template).execute(POD);
        assertNull(r.error(), () -> r.error().getMessage());
        return r.output();
    }

    private static String execError(String template) {
        return GoTemplate.parse(template).execute(POD).error().getMessage();
    }

    private static String parseError(String template) {
        return assertThrows(TemplateException.class, () -> GoTemplate.parse(template)).getMessage();
    }

    @Test
    void fieldsAndValuesPrintAsGoPrintsThem() {
        assertEquals("web default", run("{{.metadata.name}} {{.metadata.namespace}}"));
        assertEquals("map[app:web tier:front]", run("{{.metadata.labels}}"));
        assertEquals("80 1.5e+06 0.5 false", run("{{(index .spec.containers 0 \"ports\" 0).containerPort}} "
                + "{{.status.big}} {{.status.half}} {{.spec.hostNetwork}}"));
        assertEquals("[map[containerPort:80 protocol:TCP]]", run("{{(index .spec.containers 0).ports}}"));
        assertEquals("<no value>|<no value>", run("{{.metadata.nope}}|{{.spec.nope.deeper}}"));
        assertEquals("web\n", run("{{.metadata.name}}{{\"\\n\"}}"));
    }

    @Test
    void rangeIfWithAndVariables() {
        assertEquals("nginx=nginx:1.27;", run("{{range .spec.containers}}{{.name}}={{.image}};{{end}}"));
        assertEquals("0:nginx", run("{{range $i, $c := .spec.containers}}{{$i}}:{{$c.name}}{{end}}"));
        assertEquals("app=web,tier=front,", run("{{range $k, $v := .metadata.labels}}{{$k}}={{$v}},{{end}}"));
        assertEquals("none", run("{{range .spec.nope}}x{{else}}none{{end}}"));
        assertEquals("yes", run("{{if eq .metadata.name \"web\"}}yes{{else}}no{{end}}"));
        assertEquals("b", run("{{if .spec.hostNetwork}}a{{else if .metadata.name}}b{{end}}"));
        assertEquals("web/web", run("{{$n := .metadata.name}}{{with .metadata}}{{.name}}/{{$n}}{{end}}"));
        assertEquals("true false", run("{{and .metadata.name true}} {{or .spec.hostNetwork false}}"));
        assertEquals("x", run("  {{- \"x\" -}}  \n"));
        assertEquals("1 3 2", run("{{len .spec.containers}} {{len .metadata.name}} {{len .metadata.labels}}"));
    }

    @Test
    void printfAndPipelines() {
        assertEquals("\"web\"", run("{{.metadata.name | printf \"%q\"}}"));
        assertEquals("web   |  80|%!d(float64=80)|80.00", run("{{printf \"%-6s|%4v|%d|%.2f\" .metadata.name "
                + "(index .spec.containers 0 \"ports\" 0 \"containerPort\") (index .spec.containers 0 \"ports\" 0 "
                + "\"containerPort\") 80.0}}"));
        assertEquals("%!s(<nil>) %!d(MISSING)", run("{{printf \"%s %d\" .nope}}"));
        assertEquals("web\n", run("{{println .metadata.name}}"));
        assertEquals("web", run("{{index .metadata.labels \"app\"}}"));
        assertEquals("<no value>", run("{{index .metadata.labels \"nope\"}}"));
    }

    @Test
    void executionErrorsNameTheNode() {
        assertEquals("template: output:1:11: executing \"output\" at <.metadata.name.foo>: can't evaluate field foo"
                + " in type interface {}", execError("{{.metadata.name.foo}}"));
        assertEquals("template: output:1:2: executing \"output\" at <eq .status.half 1>: error calling eq:"
                + " incompatible types for comparison", execError("{{eq .status.half 1}}"));
        assertEquals("template: output:1:2: executing \"output\" at <index .nope \"a\">: error calling index:"
                + " index of untyped nil", execError("{{index .nope \"a\"}}"));
        assertEquals("template: output:1:2: executing \"output\" at <len .nope>: error calling len: reflect: call of"
                + " reflect.Value.Type on zero Value", execError("{{len .nope}}"));
        assertEquals("template: output:1:17: executing \"output\" at <.metadata.name>: range can't iterate over web",
                execError("{{range .metadata.name}}{{end}}"));
    }

    @Test
    void parseErrorsAreGos() {
        assertEquals("template: output:1: unexpected \"}\" in operand", parseError("{{.metadata.name}"));
        assertEquals("template: output:1: unexpected EOF", parseError("{{range .items}}x"));
        assertEquals("template: output:1: unexpected {{end}}", parseError("x{{end}}"));
        assertEquals("template: output:1: function \"foo\" not defined", parseError("{{foo .x}}"));
        assertEquals("template: output:1: undefined variable \"$x\"", parseError("{{$x}}"));
        assertEquals("template: output:1: missing value for if", parseError("{{if}}x{{end}}"));
        assertEquals("template: output:2: unclosed action", parseError("a\n{{.x"));
        assertEquals("template: output:1: unexpected unterminated quoted string in command", parseError("{{\"abc}}"));
        assertEquals("template: output:1: unexpected bad character U+0023 '#' in command", parseError("{{.a#}}"));
    }
}
