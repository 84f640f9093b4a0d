package dev.kubelab.sandbox.kubectl.cmd.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The type definitions `kubectl explain` walks (explain-schema.txt): for each definition its description
 * and fields. Loaded once and shared, like the image catalog.
 */
public final class ExplainSchema {
    /** One field: its type as explain prints it ("[]ServicePort", "map[string]string"), enum values, description. */
    public record Field(String name, String type, boolean required, List<String> enumValues, String description) {
        /** The definition the type points at ("ServicePort" for "[]ServicePort"), or "" for scalars. */
        public String definition() {
            String t = type.startsWith("[]") ? type.substring(2) : type;
            return Character.isUpperCase(t.charAt(0)) && !t.equals("Time") && !t.equals("IntOrString") ? t : "";
        }

        /** The type in angle brackets; Time is a string in the OpenAPI schema. */
        public String shownType() {
            return type.replace("Time", "string");
        }
    }

    public record Definition(String name, String description, List<Field> fields) {}

    private static final Map<String, Definition> DEFINITIONS = load();

    private ExplainSchema() {
    }

    public static Definition definition(String name) {
        return DEFINITIONS.get(name);
    }

    private static Map<String, Definition> load() {
        Map<String, Definition> out = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ExplainSchema.class.getResourceAsStream(
                "/dev/kubelab/sandbox/kubectl/explain-schema.txt"), StandardCharsets.UTF_8))) {
            String name = null;
            String description = null;
            List<Field> fields = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (line.startsWith("@")) {
                    if (name != null) {
                        out.put(name, new Definition(name, description, List.copyOf(fields)));
                    }
                    name = parts[0].substring(1);
                    description = parts[1];
                    fields = new ArrayList<>();
                } else {
                    String flags = parts[2];
                    List<String> enums = flags.startsWith("enum=")
                            ? Arrays.asList(flags.substring("enum=".length()).split(",")) : List.of();
                    fields.add(new Field(parts[0], parts[1], flags.equals("required"), enums, parts[3]));
                }
            }
            out.put(name, new Definition(name, description, List.copyOf(fields)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
