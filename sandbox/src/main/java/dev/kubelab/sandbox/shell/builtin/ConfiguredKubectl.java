package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.function.Function;

/** kubectl with the admin kubeconfig (the control plane's, the laptop's): each run sees the cluster as it is now. */
public final class ConfiguredKubectl implements Builtin {
    private final Kubectl kubectl;
    private final Function<Streams, KubectlContext> context;

    public ConfiguredKubectl(Kubectl kubectl, Function<Streams, KubectlContext> context) {
        this.kubectl = kubectl;
        this.context = context;
    }

    @Override
    public String name() {
        return "kubectl";
    }

    @Override
    public int run(List<String> args, Streams io) {
        return kubectl.run(args, context.apply(io));
    }
}
