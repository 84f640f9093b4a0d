package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.List;
import java.util.Map;

/** The Pod (and with --expose the Service) `kubectl run` builds (pkg/generate/versioned/run.go). */
public final class RunGenerator {
    private static final List<String> RESTART_POLICIES = List.of("Always", "OnFailure", "Never");

    private RunGenerator() {
    }

    /**
     * The pod: label run=NAME unless --labels, one container named NAME (stdin, stdinOnce and tty from -i,
     * --leave-stdin-open and -t), dnsPolicy ClusterFirst.
     */
    public static Pod pod(String name, String namespace, ParsedArgs args, List<String> extra) {
        String restart = args.value("restart", "Always");
        if (!RESTART_POLICIES.contains(restart)) {
            throw new UsageException("invalid restart policy: " + restart);
        }
        int port = IntFlags.value(args, "port", "--port", -1, "run");
        List<ContainerPort> ports = port >= 0 ? List.of(new ContainerPort(null, port, null)) : List.of();
        Container container = new Container(name, args.value("image", ""), ports);
        if (!extra.isEmpty()) {
            container = args.bool("command") ? container.withCommand(extra, List.of())
                    : container.withCommand(List.of(), extra);
        }
        boolean stdin = args.bool("stdin");
        container = container.withStdin(stdin, stdin && !args.bool("leave-stdin-open"), args.bool("tty"));
        PodSpec spec = new PodSpec(null, false, List.of(container), restart, "ClusterFirst", -1, null, Map.of(),
                List.of(), List.of());
        return new Pod(SimpleGenerators.meta(name, namespace, labels(name, args)), spec,
                new PodStatus(null, null, null, null, null, List.of()));
    }

    /** --expose: a ClusterIP Service NAME selecting the pod's labels on --port. */
    public static Service service(String name, String namespace, ParsedArgs args) {
        int port = IntFlags.value(args, "port", "--port", -1, "run");
        ServicePort servicePort = new ServicePort("", "TCP", port, IntOrString.of(port), 0);
        ServiceSpec spec = new ServiceSpec(null, null, List.of(), List.of(servicePort), labels(name, args),
                List.of(), null, null);
        return new Service(SimpleGenerators.meta(name, namespace, Map.of()), spec, ServiceStatus.empty());
    }

    private static Map<String, String> labels(String name, ParsedArgs args) {
        return !args.value("labels", "").isEmpty() ? KeyValues.parse(args.value("labels", ""), "labels") : Map.of("run", name);
    }
}
