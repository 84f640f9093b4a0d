package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.family.BareVerb;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;
import java.util.Map;

/**
 * `kubectl top pod|node` (pkg/cmd/top): a kubeadm cluster has no metrics-server, so kubectl finds no
 * metrics.k8s.io API and says so.
 */
public final class TopCommand implements KubectlCommand {
    private static final Map<String, String> ALIASES = Map.of("pods", "pod", "po", "pod", "nodes", "node", "no", "node");

    @Override
    public String name() {
        return "top";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("selector", 'l'), Flag.bool("all-namespaces", 'A'), Flag.bool("containers", '\0'),
                Flag.bool("no-headers", '\0'), Flag.value("sort-by", '\0'), Flag.bool("sum", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("node", "pod");
    }

    @Override
    public Map<String, String> subcommandAliases() {
        return ALIASES;
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (BareVerb.printedHelp(args, ctx, help())) {
            return 0;
        }
        String resource = args.positionals().get(0);
        if (!subcommands().contains(ALIASES.getOrDefault(resource, resource))) {
            return ApiFailure.usage(ctx, "unknown command \"" + resource + "\" for \"kubectl top\"", "top");
        }
        return ApiFailure.fail(ctx, "Metrics API not available");
    }
}
