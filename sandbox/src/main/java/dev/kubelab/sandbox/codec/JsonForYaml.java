package dev.kubelab.sandbox.codec;

/**
 * The two spots where valid JSON is not YAML 1.1 as SnakeYAML reads it: tabs between tokens and the "\/"
 * escape. Rewritten outside/inside strings respectively; everything else JSON can say, YAML reads alike.
 */
final class JsonForYaml {
    private JsonForYaml() {
    }

    static String prepare(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString && c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                if (next != '/') {
                    out.append(c);
                }
                out.append(next);
            } else if (c == '"') {
                inString = !inString;
                out.append(c);
            } else {
                out.append(!inString && c == '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
