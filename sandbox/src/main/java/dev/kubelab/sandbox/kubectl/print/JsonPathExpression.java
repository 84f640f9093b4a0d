package dev.kubelab.sandbox.kubectl.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One jsonpath expression over maps and lists: .field (with \. escapes), ['field'], [n], [-n], [*], .*,
 * [?(@.path=="value")] / [?(@.path!="value")] / [?(@.path)]. A missing field yields no result.
 */
final class JsonPathExpression {
    private JsonPathExpression() {
    }

    static List<Object> eval(String expr, Object current, Object root) {
        String e = expr.strip();
        List<Object> values = new ArrayList<>();
        if (e.startsWith("$")) {
            values.add(root);
            e = e.substring(1);
        } else {
            values.add(current);
            e = e.startsWith("@") ? e.substring(1) : e;
        }
        int i = 0;
        while (i < e.length() && !values.isEmpty()) {
            char c = e.charAt(i);
            if (c == '[') {
                int close = closingBracket(e, i);
                values = bracket(e.substring(i + 1, close).strip(), values, root);
                i = close + 1;
                continue;
            }
            int start = c == '.' ? i + 1 : i;
            StringBuilder name = new StringBuilder();
            int j = start;
            for (; j < e.length() && e.charAt(j) != '.' && e.charAt(j) != '['; j++) {
                if (e.charAt(j) == '\\' && j + 1 < e.length()) {
                    j++;
                }
                name.append(e.charAt(j));
            }
            if (name.length() > 0) {
                values = name.toString().equals("*") ? children(values) : field(values, name.toString());
            }
            i = Math.max(j, i + 1);
        }
        return values;
    }

    private static List<Object> bracket(String inner, List<Object> values, Object root) {
        if (inner.equals("*")) {
            return children(values);
        }
        if (inner.startsWith("?(") && inner.endsWith(")")) {
            return filter(inner.substring(2, inner.length() - 1).strip(), values, root);
        }
        if (inner.length() >= 2 && (inner.startsWith("'") || inner.startsWith("\""))) {
            return field(values, inner.substring(1, inner.length() - 1));
        }
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List) {
                List<?> list = (List<?>) v;
                int n;
                try {
                    n = Integer.parseInt(inner);
                } catch (NumberFormatException ex) {
                    continue;
                }
                int index = n < 0 ? list.size() + n : n;
                if (index >= 0 && index < list.size()) {
                    out.add(list.get(index));
                }
            }
        }
        return out;
    }

    private static List<Object> filter(String condition, List<Object> values, Object root) {
        String op = condition.contains("!=") ? "!=" : condition.contains("==") ? "==" : null;
        String left = op == null ? condition : condition.substring(0, condition.indexOf(op)).strip();
        String right = op == null ? null : condition.substring(condition.indexOf(op) + 2).strip();
        if (right != null && right.length() >= 2 && (right.startsWith("\"") || right.startsWith("'"))) {
            right = right.substring(1, right.length() - 1);
        }
        List<Object> out = new ArrayList<>();
        for (Object element : children(values)) {
            List<Object> found = eval(left, element, root);
            boolean keep;
            if (op == null) {
                keep = !found.isEmpty();
            } else {
                boolean equal = !found.isEmpty() && String.valueOf(found.get(0)).equals(right);
                keep = op.equals("==") == equal && (!found.isEmpty() || op.equals("!="));
            }
            if (keep) {
                out.add(element);
            }
        }
        return out;
    }

    private static List<Object> field(List<Object> values, String name) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Map && ((Map<?, ?>) v).containsKey(name)) {
                out.add(((Map<?, ?>) v).get(name));
            }
        }
        return out;
    }

    private static List<Object> children(List<Object> values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof List) {
                out.addAll((List<?>) v);
            } else if (v instanceof Map) {
                out.addAll(new java.util.TreeMap<>((Map<?, ?>) v).values());
            }
        }
        return out;
    }

    private static int closingBracket(String e, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < e.length(); i++) {
            char c = e.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '(') {
                depth++;
            } else if ((c == ']' || c == ')') && --depth == 0) {
                return i;
            }
        }
        return e.length() - 1;
    }
}
