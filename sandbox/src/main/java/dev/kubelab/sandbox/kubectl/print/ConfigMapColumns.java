package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.ConfigMap;

import java.time.Instant;
import java.util.List;

/** printConfigMap: NAME DATA AGE (DATA = number of keys). */
public final class ConfigMapColumns implements ColumnSet<ConfigMap> {

    @Override
    public List<String> headers(boolean wide) {
        return List.of("NAME", "DATA", "AGE");
    }

    @Override
    public List<String> row(ConfigMap cm, Instant now, boolean wide) {
        return List.of(cm.metadata().name(), Integer.toString(cm.data().size()),
                ColumnSet.age(cm.metadata().creationTimestamp(), now));
    }
}
