package dev.kubelab.sandbox.codec;

import java.lang.reflect.RecordComponent;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/** A view of an encoded map that takes defaults only for fields the record has no component for. */
final class UnmodelledOnly extends AbstractMap<String, Object> {
    private final Record record;
    private final Map<String, Object> encoded;

    UnmodelledOnly(Record record, Map<String, Object> encoded) {
        this.record = record;
        this.encoded = encoded;
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(key)) {
                return encoded.get(key);
            }
        }
        return encoded.putIfAbsent(key, value);
    }

    @Override
    public Object get(Object key) {
        return encoded.get(key);
    }

    @Override
    public Object computeIfAbsent(String key, java.util.function.Function<? super String, ?> f) {
        return encoded.computeIfAbsent(key, f);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return encoded.entrySet();
    }
}
