package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.kubectl.print.GoValues;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * kubectl's genericDescriber, used for kinds without their own describer (custom resources such as MetalLB's
 * IPAddressPool): name, namespace, labels, annotations, then every other field of the object in key order with
 * its name turned into a label ("avoidBuggyIPs" → "Avoid Buggy I Ps"), nested maps and lists indented, events.
 */
public final class GenericDescriber implements Describer {
    private static final Set<String> SKIP = Set.of(".metadata.managedFields", ".metadata.name", ".metadata.namespace",
            ".metadata.labels", ".metadata.annotations");

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + object.metadata().name());
        w.line("Namespace:\t" + object.metadata().namespace());
        DescribeSections.labels(w, "Labels", object.metadata().labels());
        DescribeSections.annotations(w, object.metadata().annotations());
        content(w, 0, ObjectCodec.toTree(object), "");
        DescribeSections.events(w, Describer.eventsAbout(object, store), now);
        return w.text();
    }

    /** printUnstructuredContent. */
    private static void content(DescribeWriter w, int level, Map<?, ?> map, String path) {
        for (Map.Entry<String, Object> e : sorted(map).entrySet()) {
            String at = path + "." + e.getKey();
            if (SKIP.contains(at)) {
                continue;
            }
            Object value = e.getValue();
            if (value instanceof Map) {
                w.write(level, SmartLabel.of(e.getKey()) + ":\n");
                content(w, level + 1, (Map<?, ?>) value, at);
            } else if (value instanceof List) {
                w.write(level, SmartLabel.of(e.getKey()) + ":\n");
                for (Object child : (List<?>) value) {
                    if (child instanceof Map) {
                        content(w, level + 1, (Map<?, ?>) child, at);
                    } else {
                        w.write(level + 1, GoValues.sprint(child) + "\n");
                    }
                }
            } else {
                w.write(level, SmartLabel.of(e.getKey()) + ":\t" + GoValues.sprint(value) + "\n");
            }
        }
    }

    private static TreeMap<String, Object> sorted(Map<?, ?> map) {
        TreeMap<String, Object> out = new TreeMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
