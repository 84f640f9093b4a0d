package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

/**
 * describeReplicaSet and describeReplicationController (kubectl pkg/describe), the same layout except that only
 * a ReplicaSet says who controls it. The engine keeps no conditions for either, so none are printed.
 */
final class ReplicaSetDescriber implements Describer {
    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        ReplicaWorkload<?> rs = (ReplicaWorkload<?>) object;
        var meta = object.metadata();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        w.line("Namespace:\t" + meta.namespace());
        w.line("Selector:\t" + Selector.of(rs.podSelector()).formatted());
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        OwnerReference controller = meta.controllerRef();
        if (object instanceof ReplicaSet && controller != null) {
            w.line("Controlled By:\t" + controller.kind() + "/" + controller.name());
        }
        w.line("Replicas:\t" + rs.status().replicas() + " current / " + rs.replicas() + " desired");
        w.line("Pods Status:\t" + ControlledPods.statusLine(object, rs.podSelector(), store));
        PodTemplateSection.write(w, rs.template());
        DescribeSections.events(w, Describer.eventsAbout(object, store), now);
        return w.text();
    }
}
