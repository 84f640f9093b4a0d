package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.codec.JsonEmitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link JsonPathTemplate} over an object tree as kubectl's JSONPathPrinter does (missing keys allowed):
 * several results of one action are joined by a space; maps and lists print as compact JSON; no newline is added.
 */
public final class JsonPathPrinter {
    private final JsonPathTemplate template;

    public JsonPathPrinter(JsonPathTemplate template) {
        this.template = template;
    }

    public String print(Object root) {
        StringBuilder out = new StringBuilder();
        run(template.nodes(), 0, template.nodes().size(), root, root, out);
        return out.toString();
    }

    private void run(List<JsonPathTemplate.Node> nodes, int from, int to, Object current, Object root,
                     StringBuilder out) {
        for (int i = from; i < to; i++) {
            JsonPathTemplate.Node n = nodes.get(i);
            switch (n.type()) {
                case TEXT -> out.append(n.text());
                case EXPR -> out.append(text(JsonPathExpression.eval(n.text(), current, root)));
                case RANGE -> {
                    int end = matchingEnd(nodes, i, to);
                    for (Object item : JsonPathExpression.eval(n.text(), current, root)) {
                        for (Object element : elements(item)) {
                            run(nodes, i + 1, end, element, root, out);
                        }
                    }
                    i = end;
                }
                default -> {
                }
            }
        }
    }

    /** A range over one list result walks its elements; any other result is walked once. */
    private static List<?> elements(Object item) {
        return item instanceof List ? (List<?>) item : List.of(item);
    }

    private static int matchingEnd(List<JsonPathTemplate.Node> nodes, int rangeAt, int to) {
        int depth = 0;
        for (int i = rangeAt; i < to; i++) {
            JsonPathTemplate.Type t = nodes.get(i).type();
            if (t == JsonPathTemplate.Type.RANGE) {
                depth++;
            } else if (t == JsonPathTemplate.Type.END && --depth == 0) {
                return i;
            }
        }
        return to;
    }

    private static String text(List<Object> results) {
        List<String> parts = new ArrayList<>(results.size());
        for (Object r : results) {
            if (r instanceof Map || r instanceof List) {
                parts.add(JsonEmitter.compact(r));
            } else {
                parts.add(r == null ? "<nil>" : String.valueOf(r));
            }
        }
        return String.join(" ", parts);
    }
}
