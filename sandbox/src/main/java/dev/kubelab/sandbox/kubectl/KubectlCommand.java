package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;
import java.util.Map;

/** One kubectl verb. The dispatcher parses its flags (plus the global ones) before run(). */
public interface KubectlCommand {
    String name();

    /** The verb's own flags; {@link GlobalFlags} are added by the dispatcher. */
    List<Flag> flags();

    /** Runs the verb and returns its exit code. */
    int run(ParsedArgs args, KubectlContext ctx);

    /** What `kubectl &lt;verb&gt; --help` prints (in our words): the page help/&lt;verb&gt;.txt. */
    default String help() {
        return HelpText.page(name());
    }

    /**
     * The subcommands with a help page of their own, as paths below the verb ("status", "service nodeport"):
     * `kubectl rollout status --help` prints help/rollout-status.txt. Empty for a verb without subcommands.
     */
    default List<String> subcommands() {
        return List.of();
    }

    /** Other names cobra accepts for subcommands ("svc" → "service"). */
    default Map<String, String> subcommandAliases() {
        return Map.of();
    }
}
