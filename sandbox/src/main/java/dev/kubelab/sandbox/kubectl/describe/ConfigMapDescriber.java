package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * describeConfigMap: metadata, then "Data" / "====" with each key, a "----" line and the value as stored (a value
 * ending in a newline therefore leaves a blank line), "BinaryData" / "====" (this cluster stores none), events.
 * kubectl walks the Go map in random order; the keys are shown sorted here so the output is stable.
 */
final class ConfigMapDescriber implements Describer {

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        ConfigMap cm = (ConfigMap) object;
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + cm.metadata().name());
        w.line("Namespace:\t" + cm.metadata().namespace());
        DescribeSections.labels(w, "Labels", cm.metadata().labels());
        DescribeSections.annotations(w, cm.metadata().annotations());
        w.write(0, "\nData\n====\n");
        for (Map.Entry<String, String> e : new TreeMap<>(cm.data()).entrySet()) {
            w.write(0, e.getKey() + ":\n----\n");
            w.write(0, e.getValue() + "\n");
        }
        w.write(0, "\nBinaryData\n====\n");
        w.write(0, "\n");
        DescribeSections.events(w, Describer.eventsAbout(cm, store), now);
        return w.text();
    }
}
