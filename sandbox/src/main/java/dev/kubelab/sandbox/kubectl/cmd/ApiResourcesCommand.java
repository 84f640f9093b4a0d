package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ServedApiResources;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ServedApiResources.ApiResource;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.kubectl.print.TableWriter;

import java.util.List;

/** `kubectl api-resources [--namespaced=BOOL] [--api-group=G] [-o name] [--no-headers]` (pkg/cmd/apiresources). */
public final class ApiResourcesCommand implements KubectlCommand {
    @Override
    public String name() {
        return "api-resources";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("namespaced", '\0'), Flag.value("api-group", '\0'), Flag.value("output", 'o'),
                Flag.bool("no-headers", '\0'), Flag.bool("cached", '\0'), Flag.value("verbs", '\0'),
                Flag.value("categories", '\0'), Flag.value("sort-by", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (!args.positionals().isEmpty()) {
            return ApiFailure.usage(ctx, "unexpected arguments: " + args.positionals(), "api-resources");
        }
        String output = args.value("output", "");
        if (!output.isEmpty() && !output.equals("name") && !output.equals("wide")) {
            return ApiFailure.fail(ctx, "--output " + output + " is not available, must be one of [name wide]");
        }
        TableWriter table = new TableWriter();
        if (!args.bool("no-headers") && !output.equals("name")) {
            table.row(List.of("NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"));
        }
        for (ApiResource r : ServedApiResources.all(ctx.store())) {
            if (args.has("namespaced") && !args.value("namespaced", "true").equals(Boolean.toString(r.namespaced()))) {
                continue;
            }
            if (args.has("api-group") && !args.value("api-group", "").equals(r.group())) {
                continue;
            }
            if (output.equals("name")) {
                ctx.io().out().println(r.group().isEmpty() ? r.name() : r.name() + "." + r.group());
            } else {
                table.row(List.of(r.name(), r.shortNames(), r.apiVersion(), Boolean.toString(r.namespaced()),
                        r.kind()));
            }
        }
        ctx.io().out().print(table.render());
        return 0;
    }
}
