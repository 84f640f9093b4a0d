package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ServedApiResources;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** `kubectl api-versions` (pkg/cmd/apiresources/apiversions.go): every served group/version, sorted. */
public final class ApiVersionsCommand implements KubectlCommand {
    @Override
    public String name() {
        return "api-versions";
    }

    @Override
    public List<Flag> flags() {
        return List.of();
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        ServedApiResources.groupVersions(ctx.store()).forEach(ctx.io().out()::println);
        return 0;
    }
}
