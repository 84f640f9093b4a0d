package dev.kubelab.sandbox.kubectl.print;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed `-o jsonpath=` template (client-go util/jsonpath): literal text, {expression}, {"string"},
 * {range expression} … {end}. Parse errors carry client-go's message.
 */
public final class JsonPathTemplate {
    /** One piece of the template; kind is TEXT, EXPR, RANGE or END. */
    record Node(Type type, String text) {}

    enum Type { TEXT, EXPR, RANGE, END }

    private final List<Node> nodes;

    private JsonPathTemplate(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    List<Node> nodes() {
        return nodes;
    }

    /** Parses a template; throws IllegalArgumentException with kubectl's message on a bad one. */
    public static JsonPathTemplate parse(String template) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                nodes.add(new Node(Type.TEXT, template.substring(i)));
                break;
            }
            if (open > i) {
                nodes.add(new Node(Type.TEXT, template.substring(i, open)));
            }
            int close = closingBrace(template, open + 1);
            if (close < 0) {
                throw new IllegalArgumentException("error parsing jsonpath " + template + ", unclosed action");
            }
            nodes.add(action(template.substring(open + 1, close).strip()));
            i = close + 1;
        }
        int depth = 0;
        for (Node n : nodes) {
            depth += n.type() == Type.RANGE ? 1 : n.type() == Type.END ? -1 : 0;
            if (depth < 0) {
                throw new IllegalArgumentException("error parsing jsonpath " + template + ", not in range, nothing to end");
            }
        }
        return new JsonPathTemplate(nodes);
    }

    private static Node action(String body) {
        if (body.equals("end")) {
            return new Node(Type.END, "");
        }
        if (body.startsWith("range ")) {
            return new Node(Type.RANGE, body.substring("range ".length()).strip());
        }
        if (body.length() >= 2 && body.startsWith("\"") && body.endsWith("\"")) {
            return new Node(Type.TEXT, unquote(body.substring(1, body.length() - 1)));
        }
        return new Node(Type.EXPR, body);
    }

    /** The index of the '}' that closes the action opened before {@code from}, skipping quoted text. */
    private static int closingBrace(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '}') {
                return i;
            }
        }
        return -1;
    }

    /** Go's strconv.Unquote for the common escapes. */
    private static String unquote(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    default -> sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
