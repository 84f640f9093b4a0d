package dev.kubelab.sandbox.api;

import java.util.List;

public record Container(String name, String image, List<ContainerPort> ports) {
    public Container {
        ports = List.copyOf(ports);
    }
}
