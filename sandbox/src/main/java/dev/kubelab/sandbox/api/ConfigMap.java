package dev.kubelab.sandbox.api;

import java.util.Map;

public record ConfigMap(ObjectMeta metadata, Map<String, String> data) implements KubeObject {
    public ConfigMap {
        data = Map.copyOf(data);
    }

    @Override
    public Kind kind() {
        return Kind.CONFIGMAP;
    }

    @Override
    public ConfigMap withMetadata(ObjectMeta m) {
        return new ConfigMap(m, data);
    }
}
