package dev.kubelab.sandbox.api;

import java.util.List;

public record Endpoints(ObjectMeta metadata, List<EndpointSubset> subsets) implements KubeObject {
    public Endpoints {
        subsets = List.copyOf(subsets);
    }

    @Override
    public Kind kind() {
        return Kind.ENDPOINTS;
    }

    @Override
    public Endpoints withMetadata(ObjectMeta m) {
        return new Endpoints(m, subsets);
    }
}
