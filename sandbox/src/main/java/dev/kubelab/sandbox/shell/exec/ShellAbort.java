package dev.kubelab.sandbox.shell.exec;

/**
 * An error that discards the rest of the command line, as bash does after a failed $((…)) — and as the lab does
 * when a loop runs too long. The outermost {@link ScriptRunner#run} prints the message; the status is 1.
 */
final class ShellAbort extends RuntimeException {
    ShellAbort(String message) {
        super(message, null, false, false);
    }
}
