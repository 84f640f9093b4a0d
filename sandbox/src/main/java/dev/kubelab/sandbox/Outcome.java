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

    /**
     * The command keeps running (kubectl get -w, logs -f, rollout status, port-forward, watch…): as the clock
     * moves, {@link Sandbox#pump} prints what it does and says when it ends; {@link Sandbox#interrupt} stops it.
     */
    record Running() implements Outcome {}
}
