package dev.kubelab.sandbox.api.generic;

import dev.kubelab.sandbox.api.GenericObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * The defaults the API server adds when a generic object is stored: a CRD schema's (IPAddressPool's autoAssign,
 * avoidBuggyIPs) and a Secret's type Opaque.
 */
public final class SchemaDefaults {
    private SchemaDefaults() {
    }

    public static GenericObject apply(GenericObject object) {
        if (object.type().kindName().equals("Secret") && !object.body().containsKey("type")) {
            Map<String, Object> body = new TreeMap<>(object.body());
            body.put("type", "Opaque"); // core/v1 defaulting
            return object.withBody(body);
        }
        if (!object.type().equals(GenericTypes.IP_ADDRESS_POOL) || !(object.body().get("spec") instanceof Map)) {
            return object;
        }
        Map<String, Object> spec = new TreeMap<>();
        ((Map<?, ?>) object.body().get("spec")).forEach((k, v) -> spec.put(String.valueOf(k), v));
        spec.putIfAbsent("autoAssign", true);
        spec.putIfAbsent("avoidBuggyIPs", false);
        Map<String, Object> body = new TreeMap<>(object.body());
        body.put("spec", spec);
        return object.withBody(body);
    }
}
