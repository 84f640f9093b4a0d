package dev.kubelab.sandbox;

/** How one input line ended. */
public sealed interface Outcome {
    /** The command finished with this exit code ($?). */
    record Exit(int code) implements Outcome {}

    /** The line left the command incomplete (open quote, heredoc, trailing backslash); the next line continues it. */
    record More(String prompt) implements Outcome {}
}
