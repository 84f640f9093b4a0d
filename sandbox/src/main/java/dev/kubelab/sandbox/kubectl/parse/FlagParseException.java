package dev.kubelab.sandbox.kubectl.parse;

/** A command line pflag rejects; the message is pflag's ("unknown flag: --x"). */
public final class FlagParseException extends Exception {
    public FlagParseException(String message) {
        super(message, null, false, false);
    }
}
