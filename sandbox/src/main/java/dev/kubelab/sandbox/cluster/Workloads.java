package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.DaemonSet;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.api.WorkloadCondition;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.controller.PodTemplateHash;
import dev.kubelab.sandbox.controller.TemplateText;
import dev.kubelab.sandbox.controller.defaults.PodAdmission;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs workloads as their controllers would have left them after settling: a Deployment with its
 * ReplicaSet (name-hash) and pods (name-hash-xxxxx), or a DaemonSet with one pod (name-xxxxx) per node.
 */
final class Workloads {
    /** Controllers react within about a second. */
    private static final Duration CONTROLLER_DELAY = Duration.ofSeconds(1);

    private Workloads() {
    }

    /** One pod per entry of {@code placement} (node + pod IP), all in the deployment's ReplicaSet. */
    static void deployment(Build b, String namespace, String name, Map<String, String> podLabels,
                           List<Container> containers, List<Toleration> tolerations, DeploymentStrategy strategy,
                           Instant created, List<Placement> placement) {
        // kubeadm's and Calico's manifests: each addon runs as a service account named like it.
        PodTemplateSpec template = new PodTemplateSpec(podLabels, spec(false, containers, tolerations)
                .withServiceAccount(name).withPriority("system-cluster-critical", null, null));
        int replicas = placement.size();
        WorkloadStatus ready = new WorkloadStatus(replicas, replicas, replicas, replicas, 1, List.of());
        String hash = TemplateText.hash(namespace, name, template);
        Instant rsCreated = created.plus(CONTROLLER_DELAY);
        ObjectMeta deployMeta = b.meta(name, namespace, created, podLabels).withGeneration(1);
        WorkloadStatus rolledOut = new WorkloadStatus(replicas, replicas, replicas, replicas, 1,
                rolledOut(name + "-" + hash, created, readyAt(rsCreated, placement)));
        b.store().create(new Deployment(deployMeta, replicas, new LabelSelector(podLabels), template, rolledOut,
                strategy, 10, 600)); // the API server's defaults for the two limits

        Map<String, String> rsLabels = with(podLabels, "pod-template-hash", hash);
        ObjectMeta rsMeta = b.meta(name + "-" + hash, namespace, rsCreated, rsLabels).withGeneration(1)
                .withOwner(Build.controlledBy("apps/v1", "Deployment", deployMeta));
        b.store().create(new ReplicaSet(rsMeta, replicas, new LabelSelector(rsLabels),
                new PodTemplateSpec(rsLabels, template.spec()), ready));

        for (Placement p : placement) {
            ObjectMeta podMeta = b.meta(rsMeta.name() + "-" + b.seed().nameSuffix(5), namespace,
                    p.created() == null ? rsCreated.plus(CONTROLLER_DELAY) : p.created(), rsLabels)
                    .withOwner(Build.controlledBy("apps/v1", "ReplicaSet", rsMeta));
            b.store().create(RunningPods.running(podMeta, p.node(), p.podIP(),
                    PodAdmission.admit(template.spec(), podMeta.uid())));
        }
    }

    /** When the last replica became ready (the pods start as {@link RunningPods} starts them). */
    private static Instant readyAt(Instant rsCreated, List<Placement> placement) {
        Instant last = rsCreated.plus(CONTROLLER_DELAY);
        for (Placement p : placement) {
            if (p.created() != null && p.created().isAfter(last)) {
                last = p.created();
            }
        }
        return last.plus(RunningPods.START_DELAY);
    }

    /** The conditions of a Deployment whose first rollout finished at {@code readyAt}. */
    private static List<WorkloadCondition> rolledOut(String rsName, Instant created, Instant readyAt) {
        return List.of(new WorkloadCondition("Available", "True", readyAt, readyAt, "MinimumReplicasAvailable",
                        "Deployment has minimum availability."),
                new WorkloadCondition("Progressing", "True", readyAt, created, "NewReplicaSetAvailable",
                        "ReplicaSet \"" + rsName + "\" has successfully progressed."));
    }

    /** One host-network pod per node, each created when its node joined (or when the DaemonSet appeared). */
    static void daemonSet(Build b, String namespace, String name, Map<String, String> podLabels,
                          List<Container> containers, List<Toleration> tolerations, Instant created,
                          List<NodePlan> nodes) {
        PodTemplateSpec template = new PodTemplateSpec(podLabels, spec(true, containers, tolerations)
                .withServiceAccount(name).withPriority("system-node-critical", null, null));
        int count = nodes.size();
        ObjectMeta dsMeta = b.meta(name, namespace, created, podLabels).withGeneration(1);
        b.store().create(new DaemonSet(dsMeta, new LabelSelector(podLabels), template,
                new WorkloadStatus(count, count, count, count, 1, List.of())).defaulted());

        String revision = PodTemplateHash.of("revision:" + TemplateText.of(namespace, name,
                new PodTemplateSpec(podLabels, new PodSpec(null, false, containers))));
        Map<String, String> labels = with(with(podLabels, "controller-revision-hash", revision),
                "pod-template-generation", "1");
        for (NodePlan node : nodes) {
            Instant nodeJoined = b.timeline().at(node.joinedAfter());
            Instant podCreated = (nodeJoined.isAfter(created) ? nodeJoined : created).plus(CONTROLLER_DELAY);
            ObjectMeta podMeta = b.meta(name + "-" + b.seed().nameSuffix(5), namespace, podCreated, labels)
                    .withOwner(Build.controlledBy("apps/v1", "DaemonSet", dsMeta));
            b.store().create(RunningPods.running(podMeta, node, null, PodAdmission.admit(template.spec(),
                    podMeta.uid())));
        }
    }

    /**
     * The pod spec of a kube-system template, defaulted as the API server stores it, with the addons'
     * tolerations (kube-proxy's Exists lets its DaemonSet recreate the control plane's pod).
     */
    private static PodSpec spec(boolean hostNetwork, List<Container> containers, List<Toleration> tolerations) {
        PodSpec plain = new PodSpec(null, hostNetwork, containers);
        if (containers.stream().anyMatch(c -> c.image().equals(ClusterFacts.COREDNS_IMAGE))) {
            // kubeadm's CoreDNS manifest: it forwards through the node's resolv.conf, not through itself.
            plain = plain.withDnsPolicy("Default");
        }
        return PodDefaults.apply(plain.withTolerations(tolerations));
    }

    /** Where one replica runs; created null = as soon as the ReplicaSet exists. */
    record Placement(NodePlan node, String podIP, Instant created) {}

    private static Map<String, String> with(Map<String, String> labels, String key, String value) {
        Map<String, String> out = new HashMap<>(labels);
        out.put(key, value);
        return out;
    }
}
