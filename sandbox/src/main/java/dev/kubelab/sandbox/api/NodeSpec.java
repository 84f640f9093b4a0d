package dev.kubelab.sandbox.api;

import java.util.List;

public record NodeSpec(String podCIDR, List<Taint> taints, boolean unschedulable) {
    public NodeSpec {
        taints = List.copyOf(taints);
    }
}
