package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.Map;

/**
 * How Go values are held here: what json.Unmarshal into interface{} gives (Map, List, String, Double for every
 * number, Boolean, null for JSON null) plus Long for Go ints (len, integer literals) and two markers.
 */
final class Values {
    /** An invalid reflect.Value: a missing map key. Prints as &lt;no value&gt;. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<no value>";
        }
    };
    /** exec.go missingVal: no value piped into this command. */
    static final Object NO_FINAL = new Object();

    private Values() {
    }

    /** reflect's type name as Go error messages print it. */
    static String typeName(Object v) {
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Double) {
            return "float64";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Map) {
            return "map[string]interface {}";
        }
        if (v instanceof List) {
            return "[]interface {}";
        }
        return "interface {}";
    }

    /** exec.go isTrue: false for a missing value, nil, zero numbers, empty strings, maps and lists. */
    static boolean truth(Object v) {
        if (v == MISSING || v == null) {
            return false;
        }
        if (v instanceof Boolean) {
            return (Boolean) v;
        }
        if (v instanceof String) {
            return !((String) v).isEmpty();
        }
        if (v instanceof Double) {
            return (Double) v != 0;
        }
        if (v instanceof Long) {
            return (Long) v != 0;
        }
        if (v instanceof Map) {
            return !((Map<?, ?>) v).isEmpty();
        }
        return !(v instanceof List) || !((List<?>) v).isEmpty();
    }

    /** A pipeline's value: an interface{} holding nil becomes the invalid value. */
    static Object unwrap(Object v) {
        return v == null ? MISSING : v;
    }
}
