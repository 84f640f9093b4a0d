package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.kubectl.parse.ParsedArgs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The Service `kubectl expose` builds (pkg/cmd/expose/expose.go, generate/versioned/service.go) for an object. */
public final class ExposedService {
    private static final String SELECTOR_ERROR = "couldn't retrieve selectors via --selector flag or introspection: ";

    private ExposedService() {
    }

    public static Service build(KubeObject source, String namespace, ParsedArgs args) {
        String affinity = args.value("session-affinity", "");
        if (!affinity.isEmpty() && !affinity.equals("None") && !affinity.equals("ClientIP")) {
            throw new UsageException("unknown session affinity: " + affinity);
        }
        Map<String, String> selector;
        try {
            selector = args.has("selector") ? KeyValues.parse(args.value("selector", ""), "selector")
                    : ExposeIntrospection.selector(source);
        } catch (UsageException e) {
            throw new UsageException(SELECTOR_ERROR + e.getMessage());
        }
        String clusterIP = args.value("cluster-ip", "");
        Map<Integer, Set<String>> ports = portsWanted(source, args);
        if (ports.isEmpty() && !clusterIP.equals("None")) {
            throw new UsageException("couldn't find port via --port flag or introspection");
        }
        String name = args.value("name", source.metadata().name());
        if (name.length() > 63) {
            name = name.substring(0, 63);
        }
        Map<String, String> labels = args.has("labels") ? KeyValues.parse(args.value("labels", ""), "labels")
                : source.metadata().labels();
        String externalIP = args.value("external-ip", "");
        ServiceSpec spec = new ServiceSpec(args.has("type") ? args.value("type", "") : null,
                clusterIP.isEmpty() ? null : clusterIP, List.of(), servicePorts(ports, args), selector,
                externalIP.isEmpty() ? List.of() : List.of(externalIP.split(",")), null,
                affinity.isEmpty() ? null : affinity);
        return new Service(SimpleGenerators.meta(name, namespace, labels), spec, ServiceStatus.empty());
    }

    private static Map<Integer, Set<String>> portsWanted(KubeObject source, ParsedArgs args) {
        Map<Integer, Set<String>> found = ExposeIntrospection.ports(source);
        if (!args.has("port")) {
            return found;
        }
        Map<Integer, Set<String>> wanted = new LinkedHashMap<>();
        for (String p : args.value("port", "").split(",")) {
            if (!p.matches("[0-9]+") || p.length() > 9) {
                throw new UsageException("strconv.Atoi: parsing \"" + p + "\": invalid syntax");
            }
            int port = Integer.parseInt(p);
            wanted.put(port, found.getOrDefault(port, new LinkedHashSet<>(List.of("TCP"))));
        }
        return wanted;
    }

    /** Unnamed for one port; port-1, port-2… for several; port-i-tcp / port-i-udp for a port with two protocols. */
    private static List<ServicePort> servicePorts(Map<Integer, Set<String>> ports, ParsedArgs args) {
        String targetFlag = args.value("target-port", "");
        String protocolFlag = args.value("protocol", "");
        List<ServicePort> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, Set<String>> e : ports.entrySet()) {
            i++;
            Set<String> protocols = protocolFlag.isEmpty() ? e.getValue() : Set.of(protocolFlag);
            IntOrString target = targetFlag.isEmpty() ? IntOrString.of(e.getKey())
                    : targetFlag.matches("[0-9]+") ? IntOrString.of(Integer.parseInt(targetFlag))
                    : IntOrString.of(targetFlag);
            for (String protocol : protocols) {
                String name = ports.size() == 1 && protocols.size() == 1 ? ""
                        : "port-" + i + (protocols.size() > 1 ? "-" + protocol.toLowerCase(java.util.Locale.ROOT) : "");
                out.add(new ServicePort(name, protocol, e.getKey(), target, 0));
            }
        }
        return out;
    }
}
