package dev.kubelab.sandbox.store;

/** create() of a kind/namespace/name that is taken. */
public final class AlreadyExistsException extends RuntimeException {
    public AlreadyExistsException(String message) {
        super(message, null, false, false);
    }
}
