package dev.kubelab.sandbox.kubectl.mutate;

import java.util.LinkedHashMap;
import java.util.Map;

/** "k=v,k2=v2" as kubectl's generators parse --labels and --selector (generate.ParseLabels). */
public final class KeyValues {
    private KeyValues() {
    }

    public static Map<String, String> parse(String text, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=", -1);
            if (kv.length != 2 || kv[0].isEmpty()) {
                throw new UsageException("invalid label spec: " + pair);
            }
            out.put(kv[0], kv[1]);
        }
        return out;
    }
}
