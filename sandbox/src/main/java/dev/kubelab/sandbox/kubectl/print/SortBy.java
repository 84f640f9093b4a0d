package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ObjectCodec;

import java.util.Comparator;
import java.util.List;

/** --sort-by=.path or {.path}: a stable sort on one field; numbers compare as numbers, the rest as text. */
public final class SortBy {
    private SortBy() {
    }

    public static void sort(List<KubeObject> objects, String path) {
        String expr = path.strip();
        if (expr.startsWith("{") && expr.endsWith("}")) {
            expr = expr.substring(1, expr.length() - 1);
        }
        String finalExpr = expr.startsWith(".") || expr.startsWith("$") ? expr : "." + expr;
        objects.sort(Comparator.comparing(o -> key(o, finalExpr), SortBy::compare));
    }

    private static Object key(KubeObject o, String expr) {
        Object tree = ObjectCodec.toTree(o);
        List<Object> found = JsonPathExpression.eval(expr, tree, tree);
        return found.isEmpty() ? "" : found.get(0);
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
