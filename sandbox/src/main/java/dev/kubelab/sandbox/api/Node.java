package dev.kubelab.sandbox.api;

public record Node(ObjectMeta metadata, NodeSpec spec, NodeStatus status) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.NODE;
    }

    @Override
    public Node withMetadata(ObjectMeta m) {
        return new Node(m, spec, status);
    }
}
