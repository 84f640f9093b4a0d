package dev.kubelab.sandbox;

/** How one input line ended. */
public sealed interface Outcome {
    /** The command finished with this exit code ($?). */
    record Exit(int code) implements Outcome {}

    /** The line left the command incomplete (open quote, heredoc, trailing backslash); the next line continues it. */
    record More(String prompt) implements Outcome {}

    /**
     * The command opened an editor (vi, nano, kubectl edit): it goes on until the learner saves
     * ({@link Sandbox#save}) or cancels ({@link Sandbox#interrupt}).
     */
    record Edit(String path, String title, String content) implements Outcome {}
}
