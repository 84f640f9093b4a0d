package dev.kubelab.sandbox.api;

/** status.phase is Active or Terminating. */
public record Namespace(ObjectMeta metadata, String phase) implements KubeObject {
    @Override
    public Kind kind() {
        return Kind.NAMESPACE;
    }

    @Override
    public Namespace withMetadata(ObjectMeta m) {
        return new Namespace(m, phase);
    }
}
