package dev.kubelab.sandbox.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * /var/lib/kubelet/config.yaml as kubeadm writes it on every node (KubeletConfiguration: clusterDNS 10.96.0.10,
 * clusterDomain cluster.local, the static pod path): one shared copy.
 */
public final class KubeletConfigFile {
    public static final String DIRECTORY = "/var/lib/kubelet";
    public static final String PATH = DIRECTORY + "/config.yaml";
    public static final String TEXT = load();

    private KubeletConfigFile() {
    }

    private static String load() {
        try (InputStream in = KubeletConfigFile.class.getResourceAsStream("/dev/kubelab/sandbox/cluster/kubelet-config.yaml")) {
            if (in == null) {
                throw new IllegalStateException("kubelet-config.yaml missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
