package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.net.Viewpoint;

import java.util.List;

/**
 * The container a `kubectl exec` runs in: its pod, the container, and the Services whose variables the kubelet
 * put into its environment when it started (the pod's namespace plus default/kubernetes).
 */
public record PodTarget(Pod pod, Container container, List<Service> servicesAtStart) {
    public PodTarget {
        servicesAtStart = List.copyOf(servicesAtStart);
    }

    /** The container's hostname, as the kubelet sets it. */
    public String hostname() {
        return Viewpoint.hostnameOf(pod);
    }

    /** Where one container's files live between exec sessions. */
    public String key() {
        return pod.metadata().uid() + "/" + container.name();
    }
}
