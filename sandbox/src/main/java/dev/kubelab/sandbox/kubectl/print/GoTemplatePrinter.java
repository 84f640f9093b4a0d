package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.codec.JsonEmitter;
import dev.kubelab.sandbox.kubectl.print.gotemplate.GoTemplate;
import dev.kubelab.sandbox.kubectl.print.gotemplate.TemplateException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * cli-runtime's GoTemplatePrinter: the object goes through json.Marshal and json.Unmarshal into interface{}
 * (so every number is a float64), then the template runs over it. A failed run prints what it wrote, then
 * kubectl's debugging block, and fails with "error executing template".
 */
public final class GoTemplatePrinter {
    private final String raw;
    private final GoTemplate template;

    private GoTemplatePrinter(String raw, GoTemplate template) {
        this.raw = raw;
        this.template = template;
    }

    /** IllegalArgumentException with kubectl's "error parsing template …" message. */
    public static GoTemplatePrinter parse(String raw) {
        try {
            return new GoTemplatePrinter(raw, GoTemplate.parse(raw));
        } catch (TemplateException e) {
            throw new IllegalArgumentException("error parsing template " + raw + ", " + e.getMessage());
        }
    }

    /** The text for the object tree; ExecutionFailed when the template stops with an error. */
    public String print(Map<String, Object> tree) {
        Object data = decoded(tree);
        GoTemplate.Result result = template.execute(data);
        if (result.error() == null) {
            return result.output();
        }
        String error = result.error().getMessage();
        String debug = "Error executing template: " + error + ". Printing more information for debugging the"
                + " template:\n\ttemplate was:\n\t\t" + raw + "\n\traw data was:\n\t\t" + JsonEmitter.compact(tree)
                + "\n\tobject given to template engine was:\n\t\t" + GoTemplate.sprint(data) + "\n\n";
        throw new ExecutionFailed(result.output() + debug, "error executing template " + GoTemplate.quote(raw) + ": "
                + error);
    }

    /** json.Unmarshal into interface{}: numbers become float64. */
    private static Object decoded(Object value) {
        if (value instanceof Map) {
            Map<String, Object> out = new TreeMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), decoded(v)));
            return out;
        }
        if (value instanceof List) {
            List<Object> out = new ArrayList<>();
            ((List<?>) value).forEach(v -> out.add(decoded(v)));
            return out;
        }
        return value instanceof Number ? (Object) ((Number) value).doubleValue() : value;
    }

    /** A run that failed: what goes to stdout, and the error message (after "error: "). */
    public static final class ExecutionFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String output;

        ExecutionFailed(String output, String message) {
            super(message, null, false, false);
            this.output = output;
        }

        public String output() {
            return output;
        }
    }
}
