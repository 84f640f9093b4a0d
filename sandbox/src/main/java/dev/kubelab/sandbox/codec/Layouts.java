package dev.kubelab.sandbox.codec;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the api records differ from the Kubernetes JSON shape. Everything not listed maps component name to
 * field name one to one; a record gaining a component just appears under its own name.
 * Keys are "Record.component", or "Root/Record.component" for a field that moves only inside one kind.
 */
final class Layouts {
    /** Component → dotted path relative to the record's own map. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("Namespace.phase", "status.phase"),
            Map.entry("Deployment.replicas", "spec.replicas"),
            Map.entry("Deployment.selector", "spec.selector"),
            Map.entry("Deployment.template", "spec.template"),
            Map.entry("Deployment.strategy", "spec.strategy"),
            Map.entry("Deployment.revisionHistoryLimit", "spec.revisionHistoryLimit"),
            Map.entry("Deployment.progressDeadlineSeconds", "spec.progressDeadlineSeconds"),
            Map.entry("DeploymentStrategy.maxSurge", "rollingUpdate.maxSurge"),
            Map.entry("DeploymentStrategy.maxUnavailable", "rollingUpdate.maxUnavailable"),
            Map.entry("ReplicaSet.replicas", "spec.replicas"),
            Map.entry("ReplicaSet.selector", "spec.selector"),
            Map.entry("ReplicaSet.template", "spec.template"),
            Map.entry("ReplicationController.replicas", "spec.replicas"),
            Map.entry("ReplicationController.selector", "spec.selector"),
            Map.entry("ReplicationController.template", "spec.template"),
            Map.entry("StatefulSet.replicas", "spec.replicas"),
            Map.entry("StatefulSet.selector", "spec.selector"),
            Map.entry("StatefulSet.template", "spec.template"),
            Map.entry("StatefulSet.serviceName", "spec.serviceName"),
            Map.entry("StatefulSet.podManagementPolicy", "spec.podManagementPolicy"),
            Map.entry("StatefulSet.updateStrategy", "spec.updateStrategy"),
            Map.entry("StatefulSet.revisionHistoryLimit", "spec.revisionHistoryLimit"),
            Map.entry("StatefulSet.persistentVolumeClaimRetentionPolicy", "spec.persistentVolumeClaimRetentionPolicy"),
            Map.entry("StatefulSetUpdateStrategy.partition", "rollingUpdate.partition"),
            Map.entry("DaemonSet.selector", "spec.selector"),
            Map.entry("DaemonSet.template", "spec.template"),
            Map.entry("DaemonSet.updateStrategy", "spec.updateStrategy"),
            Map.entry("DaemonSet.revisionHistoryLimit", "spec.revisionHistoryLimit"),
            Map.entry("DaemonSetUpdateStrategy.maxUnavailable", "rollingUpdate.maxUnavailable"),
            Map.entry("DaemonSetUpdateStrategy.maxSurge", "rollingUpdate.maxSurge"),
            Map.entry("ReplicaSet/WorkloadStatus.updatedReplicas", "fullyLabeledReplicas"),
            Map.entry("ReplicationController/WorkloadStatus.updatedReplicas", "fullyLabeledReplicas"),
            Map.entry("DaemonSet/WorkloadStatus.replicas", "desiredNumberScheduled"),
            Map.entry("DaemonSet/WorkloadStatus.readyReplicas", "numberReady"),
            Map.entry("DaemonSet/WorkloadStatus.updatedReplicas", "updatedNumberScheduled"),
            Map.entry("DaemonSet/WorkloadStatus.availableReplicas", "numberAvailable"),
            Map.entry("PodTemplateSpec.labels", "metadata.labels"),
            Map.entry("PodTemplateSpec.annotations", "metadata.annotations"),
            Map.entry("ServiceStatus.loadBalancerIngress", "loadBalancer.ingress"),
            Map.entry("Probe.httpGetPath", "httpGet.path"),
            Map.entry("Probe.httpGetPort", "httpGet.port"),
            Map.entry("Probe.tcpSocketPort", "tcpSocket.port"),
            Map.entry("Probe.execCommand", "exec.command"));

    /** Fields without omitempty (or pointers to scalars): written even when zero, "" or empty. */
    private static final Set<String> ALWAYS = Set.of(
            "ObjectMeta.creationTimestamp", "ContainerPort.containerPort", "ServicePort.port",
            "EndpointPort.port", "EndpointAddress.ip", "ContainerStatus.name", "ContainerStatus.image",
            "ContainerStatus.ready", "ContainerStatus.restartCount", "Container.name", "PodSpec.containers",
            "OwnerReference.apiVersion", "OwnerReference.kind", "OwnerReference.name", "OwnerReference.uid",
            "Taint.key", "Taint.effect", "NodeCondition.type", "NodeCondition.status", "NodeAddress.type",
            "NodeAddress.address", "Deployment.replicas", "ReplicaSet.replicas", "Terminated.exitCode",
            "DaemonSet/WorkloadStatus.replicas", "DaemonSet/WorkloadStatus.readyReplicas",
            "ReplicaSet/WorkloadStatus.replicas", "ReplicationController.replicas",
            "ReplicationController/WorkloadStatus.replicas", "StatefulSet.replicas", "StatefulSetStatus.replicas",
            "StatefulSetStatus.availableReplicas");

    /**
     * Pointer ints the records keep as plain ints, with the value the API server defaults an absent one to:
     * a Deployment or ReplicaSet applied without spec.replicas runs one pod.
     */
    private static final Map<String, Integer> DEFAULT_WHEN_ABSENT = Map.of("Deployment.replicas", 1,
            "ReplicaSet.replicas", 1, "ReplicationController.replicas", 1, "StatefulSet.replicas", 1, "Probe.periodSeconds", 10, "Probe.failureThreshold", 3);

    /** Struct pointers written whenever set, even with no fields: `emptyDir: {}`. */
    private static final Set<String> PRESENT_WHEN_SET = Set.of("Volume.emptyDir", "PodSpec.priority",
            "StatefulSetUpdateStrategy.partition", "StatefulSetStatus.collisionCount");

    /** Booleans Kubernetes keeps as *bool: written only when true. */
    private static final Set<String> TRUE_ONLY = Set.of("OwnerReference.controller");

    /** Strings the records keep as "" (not null) when Kubernetes omits them. */
    private static final Set<String> EMPTY_WHEN_ABSENT = Set.of("ServicePort.name", "Taint.value",
            "ObjectMeta.resourceVersion");

    /** Pointer ints the records keep as -1 until defaulting fills them: -1 is written as absent. */
    private static final Set<String> MINUS_ONE_UNSET = Set.of("PodSpec.terminationGracePeriodSeconds",
            "Deployment.revisionHistoryLimit", "Deployment.progressDeadlineSeconds",
            "DaemonSet.revisionHistoryLimit", "StatefulSet.revisionHistoryLimit", "ReplicaSet.minReadySeconds");

    private Layouts() {
    }

    static String path(String root, Class<?> type, String component) {
        String scoped = PATHS.get(root + "/" + type.getSimpleName() + "." + component);
        return scoped != null ? scoped : PATHS.getOrDefault(type.getSimpleName() + "." + component, component);
    }

    static boolean always(String root, Class<?> type, String component) {
        return ALWAYS.contains(type.getSimpleName() + "." + component)
                || ALWAYS.contains(root + "/" + type.getSimpleName() + "." + component);
    }

    static Integer defaultWhenAbsent(Class<?> type, String component) {
        return DEFAULT_WHEN_ABSENT.get(type.getSimpleName() + "." + component);
    }

    static boolean presentWhenSet(Class<?> type, String component) {
        return PRESENT_WHEN_SET.contains(type.getSimpleName() + "." + component);
    }

    static boolean trueOnly(Class<?> type, String component) {
        return TRUE_ONLY.contains(type.getSimpleName() + "." + component);
    }

    static boolean emptyWhenAbsent(Class<?> type, String component) {
        return EMPTY_WHEN_ABSENT.contains(type.getSimpleName() + "." + component);
    }

    static boolean minusOneUnset(Class<?> type, String component) {
        return MINUS_ONE_UNSET.contains(type.getSimpleName() + "." + component);
    }

    static List<String> split(String path) {
        return List.of(path.split("\\."));
    }
}
