package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;
import dev.kubelab.sandbox.registry.validation.NameRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME` (create_service.go): label and
 * selector app=NAME, one TCP port per --tcp entry named "port-target", Validate()'s and parsePorts' errors.
 */
public final class ServiceGenerator {
    private static final Map<String, String> TYPES = Map.of("clusterip", "ClusterIP", "nodeport", "NodePort",
            "loadbalancer", "LoadBalancer", "externalname", "ExternalName");

    private ServiceGenerator() {
    }

    /** "ClusterIP" for "clusterip"; null for a subcommand create service does not have. */
    public static String type(String subcommand) {
        return TYPES.get(subcommand);
    }

    public static Service build(String type, List<String> names, String namespace, ParsedArgs args) {
        if (type.equals("ExternalName") && !args.has("external-name")) {
            throw new UsageException("required flag(s) \"external-name\" not set");
        }
        String name = SimpleGenerators.name(names, "create service " + type.toLowerCase(java.util.Locale.ROOT));
        String clusterIP = args.value("clusterip", "");
        List<String> tcp = new ArrayList<>();
        for (String t : args.value("tcp", "").split(",")) {
            if (!t.isEmpty()) {
                tcp.add(t);
            }
        }
        String externalName = args.value("external-name", "");
        if (clusterIP.equals("None") && !type.equals("ClusterIP")) {
            throw new UsageException("ClusterIP=None can only be used with ClusterIP service type");
        }
        if (!clusterIP.equals("None") && tcp.isEmpty() && !type.equals("ExternalName")) {
            throw new UsageException("at least one tcp port specifier must be provided");
        }
        if (type.equals("ExternalName") && !NameRules.dns1123Subdomain(externalName).isEmpty()) {
            throw new UsageException("invalid service external name " + externalName);
        }
        int nodePort = IntFlags.value(args, "node-port", "--node-port", 0, "create service nodeport");
        List<ServicePort> ports = new ArrayList<>();
        for (String t : tcp) {
            ports.add(port(t, nodePort));
        }
        Map<String, String> app = Map.of("app", name);
        ServiceSpec spec = new ServiceSpec(type, clusterIP.isEmpty() ? null : clusterIP, List.of(), ports, app,
                List.of(), externalName.isEmpty() ? null : externalName, null);
        return new Service(SimpleGenerators.meta(name, namespace, app), spec, ServiceStatus.empty());
    }

    private static ServicePort port(String spec, int nodePort) {
        String[] parts = spec.split(":", -1);
        int port = parsePort(parts[0]);
        IntOrString target = IntOrString.of(port);
        if (parts.length > 1) {
            String t = parts[1];
            if (t.matches("[+-]?[0-9]+")) {
                long n = Long.parseLong(t);
                if (n < 1 || n > 65535) {
                    throw new UsageException("must be between 1 and 65535, inclusive");
                }
                target = IntOrString.of((int) n);
            } else {
                List<String> errs = PortNames.errors(t);
                if (!errs.isEmpty()) {
                    throw new UsageException(String.join(",", errs));
                }
                target = IntOrString.of(t);
            }
        }
        return new ServicePort(spec.replace(":", "-"), "TCP", port, target, nodePort);
    }

    /** utilsnet.ParsePort(s, allowZero=true): strconv.ParseUint's errors. */
    private static int parsePort(String s) {
        if (!s.matches("[0-9]+")) {
            throw new UsageException("strconv.ParseUint: parsing \"" + s + "\": invalid syntax");
        }
        if (s.length() > 5 || Integer.parseInt(s) > 65535) {
            throw new UsageException("strconv.ParseUint: parsing \"" + s + "\": value out of range");
        }
        return Integer.parseInt(s);
    }
}
