package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.family.BareVerb;
import dev.kubelab.sandbox.kubectl.cmd.discovery.AdminKubeconfig;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.print.TableWriter;

import java.util.List;

/** `kubectl config view|current-context|get-contexts|get-clusters|get-users` for kubeadm's admin kubeconfig (read only). */
public final class ConfigCommand implements KubectlCommand {
    @Override
    public String name() {
        return "config";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("minify", '\0'), Flag.bool("raw", '\0'), Flag.bool("flatten", '\0'),
                Flag.value("output", 'o'), Flag.bool("no-headers", '\0'));
    }

    @Override
    public List<String> subcommands() {
        return List.of("current-context", "get-clusters", "get-contexts", "get-users", "view");
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (BareVerb.printedHelp(args, ctx, help())) {
            return 0;
        }
        String sub = args.positionals().get(0);
        switch (sub) {
            case "view":
                if (args.bool("raw")) {
                    return ApiFailure.fail(ctx, "this lab terminal does not show the admin certificates (--raw)");
                }
                ctx.io().out().print(AdminKubeconfig.view());
                return 0;
            case "current-context":
                ctx.io().out().println(AdminKubeconfig.CONTEXT);
                return 0;
            case "get-contexts":
                TableWriter table = new TableWriter();
                if (!args.bool("no-headers")) {
                    table.row(List.of("CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"));
                }
                table.row(List.of("*", AdminKubeconfig.CONTEXT, AdminKubeconfig.CLUSTER, AdminKubeconfig.USER, ""));
                ctx.io().out().print(table.render());
                return 0;
            case "get-clusters":
                ctx.io().out().println("NAME\n" + AdminKubeconfig.CLUSTER);
                return 0;
            case "get-users":
                ctx.io().out().println("NAME\n" + AdminKubeconfig.USER);
                return 0;
            default:
                return ApiFailure.fail(ctx, "\"kubectl config " + sub + "\" is not available in this lab terminal"
                        + " (the kubeconfig is read-only here).");
        }
    }
}
