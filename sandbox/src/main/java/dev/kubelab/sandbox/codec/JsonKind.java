package dev.kubelab.sandbox.codec;

import java.util.List;
import java.util.Map;

/** encoding/json's word for a decoded JSON value's type, as in "json: cannot unmarshal array into …". */
public final class JsonKind {
    private JsonKind() {
    }

    public static String of(Object value) {
        if (value instanceof Map) {
            return "object";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return value == null ? "null" : "number";
    }
}
