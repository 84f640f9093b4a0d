package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;
import java.util.Map;

/** funcs.go index and kubectl's exists: walk maps by key and lists by int position. */
final class Index {
    private Index() {
    }

    static Object index(Object item, List<Object> indexes) {
        if (item == null || item == Values.MISSING) {
            throw new Functions.FunctionError("index of untyped nil");
        }
        Object v = item;
        for (Object index : indexes) {
            if (v == null) {
                throw new Functions.FunctionError("index of nil pointer");
            }
            if (v instanceof List || v instanceof String) {
                int size = v instanceof List ? ((List<?>) v).size() : ((String) v).length();
                if (index == null || index == Values.MISSING) {
                    throw new Functions.FunctionError("cannot index slice/array with nil");
                }
                if (!(index instanceof Long)) {
                    throw new Functions.FunctionError("cannot index slice/array with type "
                            + Values.typeName(index));
                }
                long x = (Long) index;
                if (x < 0 || x >= size) {
                    throw new Functions.FunctionError("index out of range: " + x);
                }
                v = v instanceof List ? ((List<?>) v).get((int) x) : (long) ((String) v).charAt((int) x);
            } else if (v instanceof Map) {
                if (index == null || index == Values.MISSING) {
                    throw new Functions.FunctionError("value is nil; should be of type string");
                }
                if (!(index instanceof String)) {
                    throw new Functions.FunctionError("value has type " + Values.typeName(index)
                            + "; should be string");
                }
                v = ((Map<?, ?>) v).get(index);
            } else {
                throw new Functions.FunctionError("can't index item of type " + Values.typeName(v));
            }
        }
        return v;
    }

    /** kubectl's exists: whether index would find something (not nil) with these indexes. */
    static boolean exists(Object item, List<Object> indexes) {
        Object v = item;
        for (Object index : indexes) {
            if (v instanceof List && index instanceof Long) {
                long x = (Long) index;
                if (x < 0 || x >= ((List<?>) v).size()) {
                    return false;
                }
                v = ((List<?>) v).get((int) x);
            } else if (v instanceof Map && index instanceof String) {
                v = ((Map<?, ?>) v).get(index);
            } else {
                return false;
            }
        }
        return v != null && v != Values.MISSING;
    }
}
