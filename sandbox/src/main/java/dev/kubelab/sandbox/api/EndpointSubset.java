package dev.kubelab.sandbox.api;

import java.util.List;

public record EndpointSubset(List<EndpointAddress> addresses, List<EndpointAddress> notReadyAddresses,
                             List<EndpointPort> ports) {
    public EndpointSubset {
        addresses = List.copyOf(addresses);
        notReadyAddresses = List.copyOf(notReadyAddresses);
        ports = List.copyOf(ports);
    }
}
