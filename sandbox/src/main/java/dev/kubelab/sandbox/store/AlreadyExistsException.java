package dev.kubelab.sandbox.store;

/**
 * create() of a kind/namespace/name that is taken. The message is the API server's
 * ({@code services "x" already exists}); the ApiServer facade turns it into a StatusError (AlreadyExists).
 */
public final class AlreadyExistsException extends RuntimeException {
    public AlreadyExistsException(String message) {
        super(message, null, false, false);
    }
}
