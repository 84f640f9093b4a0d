package dev.kubelab.sandbox.kubectl.mutate;

/** A command line kubectl refuses before talking to the server; the message follows "error: ". */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message, null, false, false);
    }
}
