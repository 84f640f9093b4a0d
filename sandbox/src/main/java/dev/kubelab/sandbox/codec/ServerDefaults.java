package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.NodeSpec;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.Probe;
import dev.kubelab.sandbox.api.ServiceSpec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fields the API server sets on every object of a kind that the records do not model (yet). Added only where
 * the encoded map has no such key, so a record that gains the component wins; ignored when decoding.
 */
final class ServerDefaults {
    private ServerDefaults() {
    }

    static void add(String root, Record record, Map<String, Object> encoded) {
        String type = record.getClass().getSimpleName();
        Map<String, Object> m = new UnmodelledOnly(record, encoded);
        switch (type) {
            case "Namespace":
                nested(m, "spec").putIfAbsent("finalizers", List.of("kubernetes"));
                break;
            case "ServiceSpec":
                service((ServiceSpec) record, m);
                break;
            case "ServiceStatus":
                m.putIfAbsent("loadBalancer", new TreeMap<>());
                break;
            case "PodSpec":
                m.putIfAbsent("restartPolicy", "Always");
                m.putIfAbsent("schedulerName", "default-scheduler");
                m.putIfAbsent("securityContext", new TreeMap<>());
                m.putIfAbsent("terminationGracePeriodSeconds", 30);
                m.putIfAbsent("enableServiceLinks", true);
                break;
            case "Container":
                container((Container) record, m);
                break;
            case "Probe":
                m.putIfAbsent("timeoutSeconds", 1);
                m.putIfAbsent("successThreshold", 1);
                if (((Probe) record).httpGetPort() != null) {
                    nested(m, "httpGet").putIfAbsent("scheme", "HTTP");
                }
                break;
            case "ContainerStatus":
                m.putIfAbsent("lastState", new TreeMap<>());
                m.putIfAbsent("started", ((ContainerStatus) record).state() != null
                        && ((ContainerStatus) record).state().running() != null);
                break;
            case "PodStatus":
                podIps((PodStatus) record, m);
                break;
            case "PodTemplateSpec":
                nested(m, "metadata").putIfAbsent("creationTimestamp", null);
                break;
            case "NodeSpec":
                String cidr = ((NodeSpec) record).podCIDR();
                if (cidr != null && !cidr.isEmpty()) {
                    m.putIfAbsent("podCIDRs", List.of(cidr));
                }
                break;
            case "OwnerReference":
                if (((OwnerReference) record).controller()) {
                    m.putIfAbsent("blockOwnerDeletion", true);
                }
                break;
            case "WorkloadStatus":
                if ("DaemonSet".equals(root)) {
                    m.putIfAbsent("currentNumberScheduled", m.getOrDefault("desiredNumberScheduled", 0));
                    m.putIfAbsent("numberMisscheduled", 0);
                }
                break;
            default:
                break;
        }
    }

    private static void service(ServiceSpec spec, Map<String, Object> m) {
        if ("ExternalName".equals(spec.type())) {
            return;
        }
        m.putIfAbsent("internalTrafficPolicy", "Cluster");
        m.putIfAbsent("ipFamilies", List.of("IPv4"));
        m.putIfAbsent("ipFamilyPolicy", "SingleStack");
        if ("NodePort".equals(spec.type()) || "LoadBalancer".equals(spec.type())) {
            m.putIfAbsent("externalTrafficPolicy", "Cluster");
        }
        if ("LoadBalancer".equals(spec.type())) {
            m.putIfAbsent("allocateLoadBalancerNodePorts", true);
        }
    }

    private static void container(Container c, Map<String, Object> m) {
        String image = c.image() == null ? "" : c.image();
        String tagPart = image.substring(image.lastIndexOf('/') + 1);
        boolean latest = !image.contains("@") && (!tagPart.contains(":") || tagPart.endsWith(":latest"));
        m.putIfAbsent("imagePullPolicy", latest ? "Always" : "IfNotPresent");
        m.putIfAbsent("resources", new TreeMap<>());
        m.putIfAbsent("terminationMessagePath", "/dev/termination-log");
        m.putIfAbsent("terminationMessagePolicy", "File");
    }

    private static void podIps(PodStatus status, Map<String, Object> m) {
        if (status.hostIP() != null) {
            m.putIfAbsent("hostIPs", List.of(Map.of("ip", status.hostIP())));
        }
        if (status.podIP() != null) {
            m.putIfAbsent("podIPs", List.of(Map.of("ip", status.podIP())));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.computeIfAbsent(key, k -> new TreeMap<String, Object>());
    }
}
