package dev.kubelab.sandbox.api;

import java.util.List;
import java.util.Map;

/**
 * nodeName is null until the scheduler binds the pod. restartPolicy/dnsPolicy/schedulerName are null and
 * terminationGracePeriodSeconds is -1 until defaulting (controller.defaults.PodDefaults) fills them. The service
 * account (serviceAccount is its deprecated twin, kept equal), priority and preemptionPolicy are set when a pod is
 * admitted (controller.defaults.PodAdmission); templates keep what their author wrote.
 */
public record PodSpec(String nodeName, boolean hostNetwork, List<Container> containers, String restartPolicy,
                      String dnsPolicy, long terminationGracePeriodSeconds, String schedulerName,
                      Map<String, String> nodeSelector, List<Toleration> tolerations, List<Volume> volumes,
                      String hostname, String subdomain, String serviceAccountName, String serviceAccount,
                      String priorityClassName, Integer priority, String preemptionPolicy) {
    public PodSpec {
        containers = List.copyOf(containers);
        nodeSelector = Map.copyOf(nodeSelector);
        tolerations = List.copyOf(tolerations);
        volumes = List.copyOf(volumes);
    }

    /** The original shape: nothing but containers, not yet defaulted. */
    public PodSpec(String nodeName, boolean hostNetwork, List<Container> containers) {
        this(nodeName, hostNetwork, containers, null, null, -1, null, Map.of(), List.of(), List.of(), null, null);
    }

    /** Without hostname/subdomain (most pods: the hostname is the pod's name, no DNS subdomain). */
    public PodSpec(String nodeName, boolean hostNetwork, List<Container> containers, String restartPolicy,
                   String dnsPolicy, long terminationGracePeriodSeconds, String schedulerName,
                   Map<String, String> nodeSelector, List<Toleration> tolerations, List<Volume> volumes) {
        this(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy, terminationGracePeriodSeconds,
                schedulerName, nodeSelector, tolerations, volumes, null, null);
    }

    /** Without the fields admission sets. */
    public PodSpec(String nodeName, boolean hostNetwork, List<Container> containers, String restartPolicy,
                   String dnsPolicy, long terminationGracePeriodSeconds, String schedulerName,
                   Map<String, String> nodeSelector, List<Toleration> tolerations, List<Volume> volumes,
                   String hostname, String subdomain) {
        this(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy, terminationGracePeriodSeconds,
                schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain, null, null, null, null, null);
    }

    public PodSpec withNodeName(String node) {
        return new PodSpec(node, hostNetwork, containers, restartPolicy, dnsPolicy, terminationGracePeriodSeconds,
                schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain, serviceAccountName,
                serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withContainers(List<Container> newContainers) {
        return new PodSpec(nodeName, hostNetwork, newContainers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain,
                serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withTolerations(List<Toleration> newTolerations) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, newTolerations, volumes, hostname,
                subdomain, serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withNodeSelector(Map<String, String> selector) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, selector, tolerations, volumes, hostname, subdomain,
                serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withVolumes(List<Volume> newVolumes) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, newVolumes, hostname,
                subdomain, serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withDnsPolicy(String policy) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, policy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain,
                serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withRestartPolicy(String policy) {
        return new PodSpec(nodeName, hostNetwork, containers, policy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain,
                serviceAccountName, serviceAccount, priorityClassName, priority, preemptionPolicy);
    }

    /** The service account both fields name (kept equal, as the API server keeps them). */
    public PodSpec withServiceAccount(String name) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain,
                name, name, priorityClassName, priority, preemptionPolicy);
    }

    public PodSpec withPriority(String className, Integer value, String preemption) {
        return new PodSpec(nodeName, hostNetwork, containers, restartPolicy, dnsPolicy,
                terminationGracePeriodSeconds, schedulerName, nodeSelector, tolerations, volumes, hostname, subdomain,
                serviceAccountName, serviceAccount, className, value, preemption);
    }
}
