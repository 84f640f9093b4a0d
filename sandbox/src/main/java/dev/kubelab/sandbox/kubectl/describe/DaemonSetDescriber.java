package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * describeDaemonSet. The engine's DaemonSet status keeps desired (= current: it never misschedules), ready,
 * updated and available; the "Desired Number…" lines have no tab, so they break the alignment blocks.
 */
final class DaemonSetDescriber implements Describer {
    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        DaemonSet ds = (DaemonSet) object;
        var meta = ds.metadata();
        WorkloadStatus status = ds.status();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        w.line("Namespace:\t" + meta.namespace());
        w.line("Selector:\t" + ControlledPods.selector(ds.selector()));
        StringJoiner nodeSelector = new StringJoiner(",");
        new TreeMap<>(ds.template().spec().nodeSelector()).forEach((k, v) -> nodeSelector.add(k + "=" + v));
        w.line("Node-Selector:\t" + (nodeSelector.length() == 0 ? "<none>" : nodeSelector.toString()));
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        w.line("Desired Number of Nodes Scheduled: " + status.replicas());
        w.line("Current Number of Nodes Scheduled: " + status.replicas());
        w.line("Number of Nodes Scheduled with Up-to-date Pods: " + status.updatedReplicas());
        w.line("Number of Nodes Scheduled with Available Pods: " + status.availableReplicas());
        w.line("Number of Nodes Misscheduled: 0");
        w.line("Pods Status:\t" + ControlledPods.statusLine(ds, ds.selector(), store));
        PodTemplateSection.write(w, ds.template());
        DescribeSections.events(w, Describer.eventsAbout(ds, store), now);
        return w.text();
    }
}
