package dev.kubelab.sandbox.kubectl.cmd.family;

import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

/** Verbs made of subcommands (rollout, set, config, top, auth): typed alone, kubectl prints their help. */
public final class BareVerb {
    private BareVerb() {
    }

    /** True when no subcommand was given; the verb's help has then been printed. */
    public static boolean printedHelp(ParsedArgs args, KubectlContext ctx, String help) {
        if (!args.positionals().isEmpty()) {
            return false;
        }
        ctx.io().out().print(help);
        return true;
    }
}
