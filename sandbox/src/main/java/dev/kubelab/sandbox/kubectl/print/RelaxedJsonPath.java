package dev.kubelab.sandbox.kubectl.print;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RelaxedJSONPathExpression: a custom column's path may be written "a.b", ".a.b", "{a.b}" or "{.a.b}";
 * all become the template "{.a.b}".
 */
final class RelaxedJsonPath {
    private static final Pattern FORMS = Pattern.compile("^\\{\\.?([^{}]+)\\}$|^\\.?([^{}]+)$");

    private RelaxedJsonPath() {
    }

    static JsonPathTemplate template(String expression) {
        if (expression.isEmpty()) {
            return JsonPathTemplate.parse("");
        }
        Matcher m = FORMS.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("unexpected path string, expected a 'name1.name2' or '.name1.name2'"
                    + " or '{name1.name2}' or '{.name1.name2}'");
        }
        String field = m.group(1) != null ? m.group(1) : m.group(2);
        return JsonPathTemplate.parse("{." + field + "}");
    }
}
