package dev.kubelab.sandbox.codec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON field names of each served Kubernetes type, from the resource fields.txt (its header describes the
 * format). Parsed once and shared by every sandbox: it is read-only after loading.
 */
final class FieldSchema {
    /** What a field holds: a scalar (not looked into), an object or list of objects of a type, or opaque. */
    enum Shape { SCALAR, OBJECT, LIST, OPAQUE }

    record Field(Shape shape, String type) {
        static final Field SCALAR = new Field(Shape.SCALAR, null);
        static final Field OPAQUE = new Field(Shape.OPAQUE, null);
    }

    private static final FieldSchema SHARED = load("fields.txt");

    /** Type name ("ServiceSpec", or "v1/Service" for a served kind) to its fields, inlined ones included. */
    private final Map<String, Map<String, Field>> types;

    private FieldSchema(Map<String, Map<String, Field>> types) {
        this.types = types;
    }

    static FieldSchema shared() {
        return SHARED;
    }

    /** The fields of the kind a manifest names by apiVersion and kind; null when the schema does not cover it. */
    Map<String, Field> root(Object apiVersion, Object kind) {
        return types.get(apiVersion + "/" + kind);
    }

    /** The fields of a type a {@link Field} refers to. */
    Map<String, Field> fields(String type) {
        return types.get(type);
    }

    static FieldSchema load(String resource) {
        Map<String, List<String>> declared = new LinkedHashMap<>();
        try (InputStream in = FieldSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String tokens = line;
                if (!Character.isWhitespace(line.charAt(0))) {
                    int colon = line.indexOf(':');
                    current = line.substring(0, colon);
                    tokens = line.substring(colon + 1);
                    if (declared.put(current, new ArrayList<>()) != null) {
                        throw new IllegalStateException(resource + ": " + current + " declared twice");
                    }
                }
                for (String token : tokens.trim().split("\\s+")) {
                    declared.get(current).add(token);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, Field>> types = new HashMap<>();
        for (String type : declared.keySet()) {
            resolve(type, declared, types);
        }
        return new FieldSchema(types);
    }

    /** One type's fields, its inlined types' first; every type a field names must be declared. */
    private static Map<String, Field> resolve(String type, Map<String, List<String>> declared,
                                              Map<String, Map<String, Field>> done) {
        Map<String, Field> fields = done.get(type);
        if (fields != null) {
            return fields;
        }
        List<String> tokens = declared.get(type);
        if (tokens == null) {
            throw new IllegalStateException("fields.txt: unknown type " + type);
        }
        fields = new HashMap<>();
        for (String token : tokens) {
            if (token.startsWith("...")) {
                fields.putAll(resolve(token.substring(3), declared, done));
                continue;
            }
            int eq = token.indexOf('=');
            if (eq < 0) {
                fields.put(token, Field.SCALAR);
                continue;
            }
            String target = token.substring(eq + 1);
            Field field = target.equals("*") ? Field.OPAQUE
                    : target.startsWith("[") ? new Field(Shape.LIST, target.substring(1, target.length() - 1))
                    : new Field(Shape.OBJECT, target);
            if (field.type() != null && !declared.containsKey(field.type())) {
                throw new IllegalStateException("fields.txt: " + type + "." + token + " names an unknown type");
            }
            fields.put(token.substring(0, eq), field);
        }
        done.put(type, fields);
        return fields;
    }
}
