package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicationController;
import dev.kubelab.sandbox.api.StatefulSet;
import dev.kubelab.sandbox.controller.defaults.DeploymentDefaults;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The v1 defaulting the API server applies on create to kinds that have no registry of their own yet (pods,
 * workloads, namespaces), using the controllers' defaulting classes; Services are defaulted by their registry.
 * Belongs in the ApiServer; kept here until it moves there.
 */
public final class CreateDefaults {
    private CreateDefaults() {
    }

    public static KubeObject apply(KubeObject object) {
        if (object instanceof Pod) {
            Pod p = (Pod) object;
            return new Pod(p.metadata(), pod(p.spec()), p.status() == null || p.status().phase() == null
                    ? PodStatus.pending() : p.status());
        }
        if (object instanceof Deployment) {
            Deployment d = (Deployment) object;
            Deployment defaulted = DeploymentDefaults.apply(d.withTemplate(template(d.template())));
            return defaulted.withMetadata(defaulted.metadata().withGeneration(1));
        }
        if (object instanceof ReplicaSet) {
            ReplicaSet rs = (ReplicaSet) object;
            return new ReplicaSet(rs.metadata().withGeneration(1), rs.replicas(), rs.selector(),
                    template(rs.template()), rs.status());
        }
        if (object instanceof ReplicationController) {
            return replicationController((ReplicationController) object);
        }
        if (object instanceof StatefulSet) {
            StatefulSet sts = (StatefulSet) object;
            return sts.withTemplate(template(sts.template())).defaulted()
                    .withMetadata(sts.metadata().withGeneration(1));
        }
        if (object instanceof DaemonSet) {
            DaemonSet ds = (DaemonSet) object;
            return ds.withTemplate(template(ds.template())).defaulted();
        }
        if (object instanceof Namespace && ((Namespace) object).phase() == null) {
            return new Namespace(object.metadata(), "Active");
        }
        return object;
    }

    /** SetDefaults_ReplicationController: an empty selector, and empty labels, become the template's labels. */
    private static ReplicationController replicationController(ReplicationController rc) {
        Map<String, String> labels = rc.template() == null ? Map.of() : rc.template().labels();
        ReplicationController out = rc.template() == null ? rc : rc.withTemplate(template(rc.template()));
        if (!labels.isEmpty() && out.selector().isEmpty()) {
            out = out.withSelector(labels);
        }
        var meta = out.metadata().withGeneration(1);
        return out.withMetadata(!labels.isEmpty() && meta.labels().isEmpty() ? meta.withLabels(labels) : meta);
    }

    private static PodTemplateSpec template(PodTemplateSpec t) {
        return t.withSpec(pod(t.spec()));
    }

    /** PodDefaults plus containerPort protocol TCP. */
    static PodSpec pod(PodSpec spec) {
        List<Container> containers = new ArrayList<>();
        for (Container c : spec.containers()) {
            List<ContainerPort> ports = new ArrayList<>();
            for (ContainerPort p : c.ports()) {
                ports.add(p.protocol() == null ? new ContainerPort(p.name(), p.containerPort(), "TCP") : p);
            }
            containers.add(new Container(c.name(), c.image(), ports, c.command(), c.args(), c.imagePullPolicy(),
                    c.readinessProbe(), c.volumeMounts(), c.stdin(), c.stdinOnce(), c.tty()));
        }
        return PodDefaults.apply(spec.withContainers(containers));
    }
}
