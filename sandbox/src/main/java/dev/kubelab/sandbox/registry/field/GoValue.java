package dev.kubelab.sandbox.registry.field;

import java.util.List;
import java.util.StringJoiner;

/**
 * How a bad value prints in a 1.32 field error: numbers and bools plainly, strings with %q, anything else
 * with Go's %#v ({@code []string{"10.0.0.50"}}).
 */
public final class GoValue {
    private GoValue() {
    }

    /** Go's %q (strconv.Quote) for the strings the API sees. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    sb.append("\\\"");
                    break;
                case '\\':
                    sb.append("\\\\");
                    break;
                case '\n':
                    sb.append("\\n");
                    break;
                case '\t':
                    sb.append("\\t");
                    break;
                case '\r':
                    sb.append("\\r");
                    break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    /** A value of type string (or a named string type, whose %#v is the same). */
    public static String string(String s) {
        return s == null ? "null" : quote(s);
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
            j.add(quote(v));
        }
        return j.toString();
    }
}
