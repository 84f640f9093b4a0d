package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

/** describeDeployment: header, strategy, Pod Template, Conditions, Old/NewReplicaSet(s), Events. */
final class DeploymentDescriber implements Describer {
    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        Deployment d = (Deployment) object;
        var meta = d.metadata();
        WorkloadStatus status = d.status();
        DeploymentReplicaSets sets = DeploymentReplicaSets.of(d, store);
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        w.line("Namespace:\t" + meta.namespace());
        w.line("CreationTimestamp:\t" + PodDescriber.RFC1123Z.format(meta.creationTimestamp()));
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        w.line("Selector:\t" + ControlledPods.selector(d.selector()));
        w.line("Replicas:\t" + d.replicas() + " desired | " + status.updatedReplicas() + " updated | "
                + status.replicas() + " total | " + status.availableReplicas() + " available | "
                + sets.unavailable(status) + " unavailable");
        DeploymentStrategy strategy = d.strategy() == null ? DeploymentStrategy.DEFAULT : d.strategy();
        w.line("StrategyType:\t" + strategy.type());
        w.line("MinReadySeconds:\t0");
        if ("RollingUpdate".equals(strategy.type())) {
            w.line("RollingUpdateStrategy:\t" + strategy.maxUnavailable() + " max unavailable, " + strategy.maxSurge()
                    + " max surge");
        }
        PodTemplateSection.write(w, d.template());
        if (!status.conditions().isEmpty()) {
            w.write(0, "Conditions:\n  Type\tStatus\tReason\n");
            w.write(1, "----\t------\t------\n");
            for (WorkloadCondition c : status.conditions()) {
                w.write(1, c.type() + " \t" + c.status() + "\t" + c.reason() + "\n");
            }
        }
        if (sets.newSet() != null || !sets.oldSets().isEmpty()) {
            w.line("OldReplicaSets:\t" + created(sets.oldSets()));
            w.line("NewReplicaSet:\t" + created(sets.newSet() == null ? List.of() : List.of(sets.newSet())));
        }
        DescribeSections.events(w, Describer.eventsAbout(d, store), now);
        return w.text();
    }

    /** printReplicaSetsByLabels: "name (current/desired replicas created)", comma separated, or "&lt;none&gt;". */
    private static String created(List<ReplicaSet> sets) {
        StringJoiner out = new StringJoiner(", ");
        for (ReplicaSet rs : sets) {
            out.add(rs.metadata().name() + " (" + rs.status().replicas() + "/" + rs.replicas() + " replicas created)");
        }
        return out.length() == 0 ? "<none>" : out.toString();
    }
}
