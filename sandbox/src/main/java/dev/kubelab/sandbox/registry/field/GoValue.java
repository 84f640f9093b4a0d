package dev.kubelab.sandbox.registry.field;

import dev.kubelab.sandbox.text.GoQuote;

import java.util.List;
import java.util.StringJoiner;

/**
 * How a bad value prints in a 1.32 field error: numbers and bools plainly, strings with %q, anything else
 * with Go's %#v ({@code []string{"10.0.0.50"}}).
 */
public final class GoValue {
    private GoValue() {
    }

    /** A value of type string (or a named string type, whose %#v is the same). */
    public static String string(String s) {
        return s == null ? "null" : GoQuote.quote(s);
    }

    public static String number(long n) {
        return Long.toString(n);
    }

    /** %#v of a slice: {@code []string{"a", "b"}}, or {@code []string(nil)} when absent. */
    public static String slice(String elementType, List<String> values) {
        if (values == null || values.isEmpty()) {
            return "[]" + elementType + "(nil)";
        }
        StringJoiner j = new StringJoiner(", ", "[]" + elementType + "{", "}");
        for (String v : values) {
            j.add(GoQuote.quote(v));
        }
        return j.toString();
    }
}
