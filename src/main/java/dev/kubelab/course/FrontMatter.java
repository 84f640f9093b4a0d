package dev.kubelab.course;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.Map;

/** Splits "---\nyaml\n---\nbody" into its YAML header and Markdown body. */
record FrontMatter(Map<String, Object> fields, String body) {

    static FrontMatter parse(String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            return new FrontMatter(Map.of(), normalised);
        }
        int end = normalised.indexOf("\n---", 4);
        if (end < 0) {
            throw new IllegalArgumentException("front matter starts with --- but never ends");
        }
        String yaml = normalised.substring(4, end);
        int bodyStart = normalised.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : normalised.substring(bodyStart + 1);
        Object loaded = yaml().load(yaml);
        if (loaded != null && !(loaded instanceof Map)) {
            throw new IllegalArgumentException("front matter must be a YAML mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = loaded == null ? Map.of() : (Map<String, Object>) loaded;
        return new FrontMatter(fields, body);
    }

    String string(String key, String fallback) {
        Object value = fields.get(key);
        return value == null ? fallback : value.toString();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(64 * 1024);
        return new Yaml(new SafeConstructor(options));
    }
}
