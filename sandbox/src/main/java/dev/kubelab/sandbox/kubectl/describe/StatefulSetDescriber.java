package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

/** describeStatefulSet (kubectl pkg/describe). The engine has no volumeClaimTemplates: Volume Claims is <none>. */
final class StatefulSetDescriber implements Describer {
    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        StatefulSet sts = (StatefulSet) object;
        var meta = sts.metadata();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        w.line("Namespace:\t" + meta.namespace());
        w.line("CreationTimestamp:\t" + PodDescriber.RFC1123Z.format(meta.creationTimestamp()));
        w.line("Selector:\t" + ControlledPods.selector(sts.selector()));
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        w.line("Replicas:\t" + sts.replicas() + " desired | " + (sts.status() == null ? 0 : sts.status().replicas())
                + " total");
        String type = sts.updateStrategy() == null ? "" : sts.updateStrategy().type();
        w.line("Update Strategy:\t" + type);
        if (sts.updateStrategy() != null && sts.updateStrategy().partition() != null) {
            w.line("  Partition:\t" + sts.updateStrategy().partition());
        }
        w.line("Pods Status:\t" + ControlledPods.statusLine(sts, sts.selector(), store));
        PodTemplateSection.write(w, sts.template());
        w.line("Volume Claims:\t<none>");
        DescribeSections.events(w, Describer.eventsAbout(sts, store), now);
        return w.text();
    }
}
