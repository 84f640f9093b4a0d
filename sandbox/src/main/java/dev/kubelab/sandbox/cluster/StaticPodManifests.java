package dev.kubelab.sandbox.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files `kubeadm init` (v1.32) writes to /etc/kubernetes/manifests on the control plane: one Pod per
 * component, flags sorted, --service-cluster-ip-range from the service subnet and no --service-node-port-range.
 */
public final class StaticPodManifests {
    public static final String DIRECTORY = "/etc/kubernetes/manifests";
    public static final String KUBE_APISERVER = DIRECTORY + "/kube-apiserver.yaml";
    /** The pod network kubeadm was given (`--pod-network-cidr`, Calico's quick-start range). */
    static final String POD_CIDR = "192.168.0.0/16";
    private static final List<String> COMPONENTS =
            List.of("etcd", "kube-apiserver", "kube-controller-manager", "kube-scheduler");

    private static final Map<String, String> TEXTS = COMPONENTS.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(c -> c, StaticPodManifests::render));

    private StaticPodManifests() {
    }

    /** File path → content, for the control-plane node. */
    public static Map<String, String> kubeadmDefaults() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String component : COMPONENTS) {
            files.put(DIRECTORY + "/" + component + ".yaml", of(component));
        }
        return files;
    }

    /** One component's manifest as kubeadm wrote it (one shared copy: every sandbox starts with these files). */
    public static String of(String component) {
        String text = TEXTS.get(component);
        if (text == null) {
            throw new IllegalArgumentException("no manifest for " + component);
        }
        return text;
    }

    private static String render(String component) {
        return template(component)
                .replace("{{IP}}", ClusterFacts.CONTROL_PLANE_IP)
                .replace("{{NODE}}", ClusterFacts.CONTROL_PLANE)
                .replace("{{VERSION}}", ClusterFacts.KUBERNETES_VERSION)
                .replace("{{ETCD_IMAGE}}", ClusterFacts.ETCD_IMAGE)
                .replace("{{POD_CIDR}}", POD_CIDR);
    }

    private static String template(String component) {
        String resource = "/dev/kubelab/sandbox/cluster/manifests/" + component + ".yaml";
        try (InputStream in = StaticPodManifests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no manifest for " + component);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
