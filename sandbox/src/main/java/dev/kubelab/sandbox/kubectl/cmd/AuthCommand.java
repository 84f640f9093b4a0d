package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.family.BareVerb;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ServedApiResources;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * `kubectl auth can-i VERB RESOURCE[/NAME]` (pkg/cmd/auth/cani.go). The terminal's user is kubeadm's
 * kubernetes-admin (group kubeadm:cluster-admins, bound to cluster-admin), so the answer is always "yes".
 */
public final class AuthCommand implements KubectlCommand {
    @Override
    public String name() {
        return "auth";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("all-namespaces", 'A'), Flag.bool("quiet", 'q'), Flag.value("subresource", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("can-i");
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (BareVerb.printedHelp(args, ctx, help())) {
            return 0;
        }
        List<String> words = args.positionals();
        if (!words.get(0).equals("can-i")) {
            return ApiFailure.fail(ctx, "\"kubectl auth " + words.get(0) + "\" is not available in this lab terminal"
                    + " yet.");
        }
        if (words.size() != 3) {
            return ApiFailure.usage(ctx, "you must specify two arguments: verb resource or verb resource/resourceName.",
                    "auth can-i");
        }
        String resource = words.get(2).split("/", 2)[0];
        if (!resource.startsWith("/") && !served(resource)) {
            ctx.io().err().println("Warning: the server doesn't have a resource type '" + resource + "'");
        }
        if (!args.bool("quiet")) {
            ctx.io().out().println("yes");
        }
        return 0;
    }

    private static boolean served(String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        return t.equals("*") || ServedApiResources.all().stream().anyMatch(r -> r.name().equals(t)
                || (r.name() + "." + r.group()).equals(t) || r.kind().toLowerCase(Locale.ROOT).equals(t)
                || Arrays.asList(r.shortNames().split(",")).contains(t));
    }
}
