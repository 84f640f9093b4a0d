package dev.kubelab.sandbox.api;

import java.util.List;
import java.util.Optional;

public record NodeStatus(List<NodeCondition> conditions, List<NodeAddress> addresses, NodeSystemInfo nodeInfo) {
    public NodeStatus {
        conditions = List.copyOf(conditions);
        addresses = List.copyOf(addresses);
    }

    public Optional<String> address(String type) {
        return addresses.stream().filter(a -> a.type().equals(type)).map(NodeAddress::address).findFirst();
    }

    public Optional<NodeCondition> condition(String type) {
        return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
    }
}
