package dev.kubelab.sandbox.view;

import java.util.List;

/** status as in `kubectl get nodes` (Ready, NotReady, Ready,SchedulingDisabled). */
public record NodeView(String name, String status, List<String> roles, String internalIP) {
    public NodeView {
        roles = List.copyOf(roles);
    }

    public String key() {
        return name;
    }
}
