package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.IntOrString;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Any api record to the JSON-shaped tree Kubernetes would serialise: component names are field names. */
final class RecordEncoder {
    private RecordEncoder() {
    }

    static Map<String, Object> encode(Record record, String root) {
        Map<String, Object> out = new TreeMap<>();
        Class<?> type = record.getClass();
        for (RecordComponent c : type.getRecordComponents()) {
            Object raw = read(c, record);
            String name = c.getName();
            boolean always = Layouts.always(root, type, name);
            boolean unset = raw instanceof Number && ((Number) raw).longValue() == -1
                    && Layouts.minusOneUnset(type, name);
            if (raw == null && !always || unset) {
                continue;
            }
            Object encoded = value(raw, root);
            // a pointer int (-1 = unset) that is 0 was set to 0: Kubernetes writes it
            boolean zeroDropped = !always && !Layouts.presentWhenSet(type, name) && !Layouts.minusOneUnset(type, name)
                    && isZero(encoded, raw);
            if (zeroDropped || Layouts.trueOnly(type, name) && Boolean.FALSE.equals(encoded)) {
                continue;
            }
            put(out, Layouts.split(Layouts.path(root, type, name)), encoded);
        }
        ServerDefaults.add(root, record, out);
        return out;
    }

    static Object value(Object v, String root) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Integer || v instanceof Long
                || v instanceof Double) {
            return v;
        }
        if (v instanceof Number) {
            return ((Number) v).longValue();
        }
        if (v instanceof Instant) {
            return ((Instant) v).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (v instanceof IntOrString) {
            IntOrString ios = (IntOrString) v;
            return ios.isInt() ? (Object) ios.intValue() : ios.strValue();
        }
        if (v instanceof Enum) {
            return v.toString();
        }
        if (v instanceof Record) {
            return encode((Record) v, root);
        }
        if (v instanceof Collection) {
            List<Object> list = new ArrayList<>();
            for (Object item : (Collection<?>) v) {
                list.add(value(item, root));
            }
            return list;
        }
        if (v instanceof Map) {
            Map<String, Object> map = new TreeMap<>();
            ((Map<?, ?>) v).forEach((k, val) -> map.put(String.valueOf(k), value(val, root)));
            return map;
        }
        return v.toString();
    }

    /** Go's omitempty: "", 0, false, empty slice/map; a struct (record) is never empty. */
    private static boolean isZero(Object encoded, Object raw) {
        if (raw instanceof Record) {
            return false;
        }
        if (encoded instanceof String) {
            return ((String) encoded).isEmpty();
        }
        if (encoded instanceof Number) {
            return ((Number) encoded).doubleValue() == 0;
        }
        if (encoded instanceof Boolean) {
            return !((Boolean) encoded);
        }
        if (encoded instanceof Collection) {
            return ((Collection<?>) encoded).isEmpty();
        }
        if (encoded instanceof Map) {
            return ((Map<?, ?>) encoded).isEmpty();
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> out, List<String> path, Object value) {
        Map<String, Object> at = out;
        for (String step : path.subList(0, path.size() - 1)) {
            at = (Map<String, Object>) at.computeIfAbsent(step, k -> new TreeMap<String, Object>());
        }
        at.put(path.get(path.size() - 1), value);
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }
}
