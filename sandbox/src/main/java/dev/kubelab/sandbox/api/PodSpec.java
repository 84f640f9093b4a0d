package dev.kubelab.sandbox.api;

import java.util.List;

/** nodeName is null until the scheduler binds the pod. */
public record PodSpec(String nodeName, boolean hostNetwork, List<Container> containers) {
    public PodSpec {
        containers = List.copyOf(containers);
    }
}
