package dev.kubelab.sandbox.shell.pod;

import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment of a process started in a container (containerd + kubelet): PATH, HOSTNAME, TERM when a
 * terminal is attached, the Service variables (k8s-reference §5.3; the kubelet builds them from a map, so the
 * real order varies: here the pod's Services by name, then kubernetes), and HOME last (added by runc).
 */
public final class ContainerEnvironment {
    private ContainerEnvironment() {
    }

    public static Map<String, String> of(PodTarget target, ImageShell image, boolean tty) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", image.path());
        env.put("HOSTNAME", target.hostname());
        if (tty) {
            env.put("TERM", "xterm");
        }
        List<Service> services = target.servicesAtStart().stream()
                .sorted(Comparator.comparing((Service s) -> s.metadata().name().equals("kubernetes"))
                        .thenComparing(s -> s.metadata().name()))
                .toList();
        services.forEach(s -> addServiceLinks(env, s));
        env.put("HOME", image.home());
        return env;
    }

    /** envvars.FromServices for one Service with a ClusterIP. */
    static void addServiceLinks(Map<String, String> env, Service service) {
        String ip = service.spec().clusterIP();
        List<ServicePort> ports = service.spec().ports();
        if (ip == null || ip.isEmpty() || ip.equals("None") || ports.isEmpty()) {
            return;
        }
        String prefix = envName(service.metadata().name());
        env.put(prefix + "_SERVICE_HOST", ip);
        env.put(prefix + "_SERVICE_PORT", String.valueOf(ports.get(0).port()));
        for (ServicePort p : ports) {
            if (p.name() != null && !p.name().isEmpty()) {
                env.put(prefix + "_SERVICE_PORT_" + envName(p.name()), String.valueOf(p.port()));
            }
        }
        ServicePort first = ports.get(0);
        env.put(prefix + "_PORT", protocol(first).toLowerCase() + "://" + ip + ":" + first.port());
        for (ServicePort p : ports) {
            String proto = protocol(p);
            String base = prefix + "_PORT_" + p.port() + "_" + proto.toUpperCase();
            env.put(base, proto.toLowerCase() + "://" + ip + ":" + p.port());
            env.put(base + "_PROTO", proto.toLowerCase());
            env.put(base + "_PORT", String.valueOf(p.port()));
            env.put(base + "_ADDR", ip);
        }
    }

    private static String protocol(ServicePort port) {
        return port.protocol() == null ? "TCP" : port.protocol();
    }

    private static String envName(String name) {
        String upper = name.toUpperCase().replace('-', '_').replace('.', '_');
        return Character.isDigit(upper.charAt(0)) ? "_" + upper : upper;
    }
}
