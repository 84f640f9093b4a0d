package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;

/**
 * `kubectl cluster-info`: the API server URL, then every kube-system Service labelled
 * kubernetes.io/cluster-service=true as an apiserver proxy URL, with kubectl's ANSI colours.
 */
public final class ClusterInfoCommand implements KubectlCommand {
    private static final String GREEN = "\u001b[0;32m";
    private static final String YELLOW = "\u001b[0;33m";
    private static final String RESET = "\u001b[0m";

    @Override
    public String name() {
        return "cluster-info";
    }

    @Override
    public List<Flag> flags() {
        return List.of();
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (args.positionals().contains("dump")) {
            return Errors.fail(ctx, "\"kubectl cluster-info dump\" is not available in this lab terminal yet");
        }
        line(ctx, "Kubernetes control plane", ClusterFacts.API_SERVER_URL);
        for (Service svc : ctx.store().list(Service.class, "kube-system")) {
            var labels = svc.metadata().labels();
            if (!"true".equals(labels.get("kubernetes.io/cluster-service"))) {
                continue;
            }
            String name = labels.getOrDefault("kubernetes.io/name", svc.metadata().name());
            line(ctx, name, ClusterFacts.API_SERVER_URL + "/api/v1/namespaces/kube-system/services/"
                    + proxyName(svc) + "/proxy");
        }
        ctx.io().out().println("");
        ctx.io().out().println("To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.");
        return 0;
    }

    /** utilnet.JoinSchemeNamePort: [https:]name[:portName] from the first port. */
    private static String proxyName(Service svc) {
        String name = svc.metadata().name();
        if (svc.spec().ports().isEmpty()) {
            return name;
        }
        var port = svc.spec().ports().get(0);
        String portName = port.name() == null ? "" : port.name();
        if ("https".equals(portName) || port.port() == 443) {
            return "https:" + name + ":" + portName;
        }
        return portName.isEmpty() ? name : name + ":" + portName;
    }

    private static void line(KubectlContext ctx, String what, String url) {
        ctx.io().out().println(GREEN + what + RESET + " is running at " + YELLOW + url + RESET);
    }
}
