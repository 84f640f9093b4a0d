package dev.kubelab.sandbox.kubectl.print;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/** fmt.Sprint of decoded JSON values: maps as map[k:v …] with sorted keys, lists as [a b], nil as &lt;nil&gt;. */
public final class GoValues {
    private GoValues() {
    }

    public static String sprint(Object value) {
        if (value == null) {
            return "<nil>";
        }
        if (value instanceof Map) {
            StringJoiner out = new StringJoiner(" ", "map[", "]");
            new TreeMap<Object, Object>((Map<?, ?>) value).forEach((k, v) -> out.add(k + ":" + sprint(v)));
            return out.toString();
        }
        if (value instanceof List) {
            StringJoiner out = new StringJoiner(" ", "[", "]");
            for (Object v : (List<?>) value) {
                out.add(sprint(v));
            }
            return out.toString();
        }
        return String.valueOf(value);
    }
}
