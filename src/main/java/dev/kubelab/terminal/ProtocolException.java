package dev.kubelab.terminal;

/** A client's mistake: answered with an `error` message, never a stack trace. */
final class ProtocolException extends Exception {
    private final Long id;

    ProtocolException(String message) {
        this(null, message);
    }

    ProtocolException(Long id, String message) {
        super(message, null, false, false);
        this.id = id;
    }

    /** The command the mistake belongs to, when known, so the client can finish it. */
    Long id() {
        return id;
    }
}
