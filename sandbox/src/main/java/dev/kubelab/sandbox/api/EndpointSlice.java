package dev.kubelab.sandbox.api;

import java.util.List;

/** discovery.k8s.io/v1 EndpointSlice: addressType IPv4; endpoints in the order the controller saw pods. */
public record EndpointSlice(ObjectMeta metadata, String addressType, List<Endpoint> endpoints,
                            List<EndpointPort> ports) implements KubeObject {
    public EndpointSlice {
        endpoints = List.copyOf(endpoints);
        ports = List.copyOf(ports);
    }

    /** One endpoint: its addresses (one IP), conditions, node and the pod behind it. */
    public record Endpoint(List<String> addresses, Conditions conditions, String nodeName,
                           ObjectReference targetRef) {
        public Endpoint {
            addresses = List.copyOf(addresses);
        }
    }

    /** ready = serving and not terminating; serving = containers ready; terminating = deletionTimestamp set. */
    public record Conditions(boolean ready, boolean serving, boolean terminating) {}

    @Override
    public Kind kind() {
        return Kind.ENDPOINTSLICE;
    }

    @Override
    public EndpointSlice withMetadata(ObjectMeta m) {
        return new EndpointSlice(m, addressType, endpoints, ports);
    }
}
