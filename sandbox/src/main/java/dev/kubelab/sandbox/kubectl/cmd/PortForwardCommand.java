package dev.kubelab.sandbox.kubectl.cmd;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.kubectl.GlobalFlags;
import dev.kubelab.sandbox.kubectl.KubectlCommand;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.cmd.exec.ExecTargets;
import dev.kubelab.sandbox.kubectl.mutate.ApiFailure;
import dev.kubelab.sandbox.kubectl.parse.Flag;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.List;

/**
 * `kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT…` (pkg/cmd/portforward): picks the pod as
 * {@link PodForObject} does (a Service's or workload's most active one), turns a Service port into its targetPort and a named port
 * into its number, prints "Forwarding from …" per address and keeps running until Ctrl-C (exit 0).
 */
public final class PortForwardCommand implements KubectlCommand {
    private static final String USAGE = "TYPE/NAME and list of ports are required for port-forward";

    @Override
    public String name() {
        return "port-forward";
    }

    @Override
    public List<Flag> flags() {
        return List.of(Flag.value("address", '\0'), Flag.value("pod-running-timeout", '\0'));
    }

    @Override
    public int run(ParsedArgs args, KubectlContext ctx) {
        if (args.positionals().size() < 2) {
            return ApiFailure.usage(ctx, USAGE, "port-forward");
        }
        String ns = args.value(GlobalFlags.NAMESPACE, "default");
        String target = args.positionals().get(0);
        List<String> specs = args.positionals().subList(1, args.positionals().size());
        PodForObject.Found found;
        try {
            found = PodForObject.attachable(ctx, ns, target, "port-forward");
        } catch (ExecTargets.Refusal r) {
            ctx.io().err().println(r.getMessage());
            return 1;
        }
        Pod pod = found.pod();
        if (pod == null) {
            return PodForObject.awaitNone(ctx, args, "port-forward", "1m0s");
        }
        if (found.object() instanceof Service) {
            Service service = (Service) found.object();
            String name = service.metadata().name();
            List<String> translated = new ArrayList<>();
            for (String spec : specs) {
                String remote = spec.substring(spec.indexOf(':') + 1);
                String local = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : remote;
                ServicePort port = service.spec().ports().stream()
                        .filter(p -> String.valueOf(p.port()).equals(remote) || p.name().equals(remote))
                        .findFirst().orElse(null);
                if (port == null) {
                    return ApiFailure.fail(ctx, "Service " + name + " does not have a service port " + remote);
                }
                String targetPort = port.targetPort() == null ? String.valueOf(port.port())
                        : port.targetPort().strValue() != null ? port.targetPort().strValue()
                        : String.valueOf(port.targetPort().intValue());
                translated.add((spec.contains(":") || !local.equals(remote) ? local : String.valueOf(port.port()))
                        + ":" + targetPort);
            }
            specs = translated;
        }
        return forward(ctx, args, pod, specs);
    }

    private static int forward(KubectlContext ctx, ParsedArgs args, Pod pod, List<String> specs) {
        if (!"Running".equals(pod.status().phase())) {
            return ApiFailure.fail(ctx, "unable to forward port because pod is not running. Current status="
                    + pod.status().phase());
        }
        List<int[]> ports = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", -1);
            if (parts.length > 2) {
                return ApiFailure.fail(ctx, "invalid port format '" + spec + "'");
            }
            String remote = numbered(pod, parts[parts.length - 1]);
            if (remote == null) {
                return ApiFailure.fail(ctx, "Pod '" + pod.metadata().name() + "' does not have a named port '"
                        + parts[parts.length - 1] + "'");
            }
            String local = parts.length == 1 ? remote : parts[0].isEmpty() ? String.valueOf(randomPort(pod, spec))
                    : parts[0];
            String bad = portError("local", local, true);
            bad = bad != null ? bad : portError("remote", remote, false);
            if (bad != null) {
                return ApiFailure.fail(ctx, bad);
            }
            ports.add(new int[] {Integer.parseInt(local), Integer.parseInt(remote)});
        }
        return ForwardListeners.listen(ctx, pod, ports, addresses(args.value("address", "localhost")));
    }

    /** A container port's number for a name (convertPodNamedPortToNumber); a number stays; null if unknown. */
    private static String numbered(Pod pod, String port) {
        if (port.chars().allMatch(Character::isDigit)) {
            return port;
        }
        for (Container c : pod.spec().containers()) {
            for (ContainerPort p : c.ports()) {
                if (port.equals(p.name())) {
                    return String.valueOf(p.containerPort());
                }
            }
        }
        return null;
    }

    /** client-go portforward.parsePorts: a 16-bit unsigned number; a remote port must be > 0. */
    private static String portError(String which, String port, boolean zeroAllowed) {
        long value;
        try {
            value = Long.parseLong(port);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0 || value > 65535 || !port.chars().allMatch(Character::isDigit)) {
            return "error parsing " + which + " port '" + port + "': strconv.ParseUint: parsing \"" + port + "\": "
                    + (value > 65535 ? "value out of range" : "invalid syntax");
        }
        return value == 0 && !zeroAllowed ? "remote port must be > 0" : null;
    }

    /** The local port the OS picks for ":80", here derived from the pod and the spec (deterministic). */
    private static int randomPort(Pod pod, String spec) {
        return 32768 + Math.floorMod((pod.metadata().uid() + spec).hashCode(), 28232);
    }

    private static List<String> addresses(String flag) {
        List<String> out = new ArrayList<>();
        for (String a : flag.split(",")) {
            if (a.strip().equals("localhost")) {
                out.add("127.0.0.1");
                out.add("[::1]");
            } else if (!a.isBlank()) {
                out.add(a.contains(":") ? "[" + a.strip() + "]" : a.strip());
            }
        }
        return out;
    }
}
