package dev.kubelab.sandbox.view;

import java.util.List;
import java.util.Map;

/**
 * ports as the PORT(S) column ("53/UDP,53/TCP,9153/TCP"); endpoints are the ready "ip:port"
 * pairs of the Service's Endpoints (empty when none).
 */
public record ServiceView(String namespace, String name, String type, String clusterIP, String ports,
                          Map<String, String> selector, java.util.List<String> endpoints) {
    public ServiceView {
        selector = Map.copyOf(selector);
        endpoints = List.copyOf(endpoints);
    }

    public String key() {
        return namespace + "/" + name;
    }
}
