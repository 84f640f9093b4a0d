package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** One kubectl verb. The dispatcher parses its flags (plus the global ones) before run(). */
public interface KubectlCommand {
    String name();

    /** The verb's own flags; {@link GlobalFlags} are added by the dispatcher. */
    List<Flag> flags();

    /** Runs the verb and returns its exit code. */
    int run(ParsedArgs args, KubectlContext ctx);

    /** What `kubectl &lt;verb&gt; --help` prints (in our words). */
    String help();
}
