package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.IntOrString;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON-shaped tree back into api records, by their components; fields the records do not model are
 * ignored. Type mismatches fail with encoding/json's message, as the API server reports them.
 */
final class RecordDecoder {
    private RecordDecoder() {
    }

    static <T> T decode(Map<?, ?> map, Class<T> type, String root, String jsonPath) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String path = Layouts.path(root, type, c.getName());
            Object raw = lookup(map, path);
            String fieldPath = jsonPath.isEmpty() ? path : jsonPath + "." + path;
            Object value = raw == null ? null
                    : value(raw, c.getGenericType(), root, new Field(type.getSimpleName(), fieldPath));
            args[i] = value != null ? value : absent(c.getType(), type, c.getName());
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new CodecException("invalid " + type.getSimpleName() + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type, e);
        }
    }

    /** The Go struct and JSON path a value is decoded for (for encoding/json's error text). */
    record Field(String struct, String path) {}

    static Object value(Object raw, Type type, String root, Field field) {
        Class<?> cls = type instanceof ParameterizedType
                ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
        if (cls == String.class) {
            return expect(raw, String.class, "string", field);
        }
        if (cls == int.class || cls == Integer.class) {
            return ((Number) expect(raw, Number.class, "int32", field)).intValue();
        }
        if (cls == long.class || cls == Long.class) {
            return ((Number) expect(raw, Number.class, "int64", field)).longValue();
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return expect(raw, Boolean.class, "bool", field);
        }
        if (cls == Instant.class) {
            return instant((String) expect(raw, String.class, "v1.Time", field), field);
        }
        if (cls == IntOrString.class) {
            if (raw instanceof Number) {
                return IntOrString.of(((Number) raw).intValue());
            }
            return IntOrString.of((String) expect(raw, String.class, "intstr.IntOrString", field));
        }
        if (cls.isEnum()) {
            return enumValue(cls, (String) expect(raw, String.class, "string", field));
        }
        if (cls.isRecord()) {
            return decode((Map<?, ?>) expect(raw, Map.class, "v1." + cls.getSimpleName(), field), cls, root,
                    field.path());
        }
        Type[] args = type instanceof ParameterizedType ? ((ParameterizedType) type).getActualTypeArguments()
                : new Type[0];
        if (List.class.isAssignableFrom(cls)) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) expect(raw, List.class, "[]" + typeName(args[0]), field)) {
                Object v = value(item, args[0], root, field);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        if (Map.class.isAssignableFrom(cls)) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) expect(raw, Map.class, "map[string]string", field)).entrySet()) {
                Object v = e.getValue() == null ? null : value(e.getValue(), args[1], root, field);
                out.put(String.valueOf(e.getKey()), v == null ? "" : v);
            }
            return out;
        }
        throw new IllegalStateException("no codec for " + type);
    }

    private static Object expect(Object raw, Class<?> wanted, String goType, Field field) {
        if (wanted.isInstance(raw)) {
            return raw;
        }
        throw new CodecException("json: cannot unmarshal " + JsonKind.of(raw) + " into Go struct field "
                + field.struct() + "." + field.path() + " of type " + goType);
    }

    private static Instant instant(String s, Field field) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new CodecException("parsing time \"" + s + "\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \""
                    + s + "\" as \"2006\"");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> cls, String s) {
        for (Object constant : cls.getEnumConstants()) {
            if (constant.toString().equals(s) || ((Enum) constant).name().equals(s)) {
                return constant;
            }
        }
        return Enum.valueOf((Class) cls, s);
    }

    private static String typeName(Type t) {
        if (t instanceof Class && ((Class<?>) t).isRecord()) {
            return "v1." + ((Class<?>) t).getSimpleName();
        }
        return t == String.class ? "string" : t.getTypeName();
    }

    private static Object lookup(Map<?, ?> map, String dottedPath) {
        Object at = map;
        for (String step : Layouts.split(dottedPath)) {
            if (!(at instanceof Map)) {
                return null;
            }
            at = ((Map<?, ?>) at).get(step);
        }
        return at;
    }

    /** What a missing field becomes: empty collections (the records copy them), "" or null, zero. */
    private static Object absent(Class<?> cls, Class<?> owner, String component) {
        if (cls == List.class) {
            return List.of();
        }
        if (cls == Map.class) {
            return Map.of();
        }
        if (cls == String.class) {
            return Layouts.emptyWhenAbsent(owner, component) ? "" : null;
        }
        boolean unset = Layouts.minusOneUnset(owner, component);
        Integer defaulted = Layouts.defaultWhenAbsent(owner, component);
        if (cls == int.class) {
            return defaulted != null ? defaulted : unset ? -1 : 0;
        }
        if (cls == long.class) {
            return unset ? -1L : 0L;
        }
        if (cls == boolean.class) {
            return false;
        }
        return null;
    }
}
