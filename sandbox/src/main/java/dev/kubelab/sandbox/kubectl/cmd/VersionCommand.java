package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/** `kubectl version`: client, kustomize and (unless --client) server versions. */
public final class VersionCommand implements KubectlCommand {
    @Override
    public String name() {
        return "version";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.bool("client", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        ctx.io().out().println("Client Version: " + ClusterFacts.KUBERNETES_VERSION);
        ctx.io().out().println("Kustomize Version: " + ClusterFacts.KUSTOMIZE_VERSION);
        if (!args.bool("client")) {
            ctx.io().out().println("Server Version: " + ClusterFacts.KUBERNETES_VERSION);
        }
        return 0;
    }
}
