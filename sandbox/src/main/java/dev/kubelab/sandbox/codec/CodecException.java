package dev.kubelab.sandbox.codec;

/** A manifest kubectl would refuse; the message is what kubectl prints after "error: " (or the whole line). */
public final class CodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CodecException(String message) {
        super(message);
    }
}
