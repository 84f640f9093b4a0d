package dev.kubelab.sandbox.kubectl.cmd.discovery;

import dev.kubelab.sandbox.cluster.ClusterFacts;

/**
 * The kubeconfig kubeadm writes to /etc/kubernetes/admin.conf (copied to ~/.kube/config): one cluster, one
 * user with client certificates, one context. `config view` hides certificate data as DATA+OMITTED.
 */
public final class AdminKubeconfig {
    public static final String CLUSTER = "kubernetes";
    public static final String USER = "kubernetes-admin";
    public static final String CONTEXT = USER + "@" + CLUSTER;

    private AdminKubeconfig() {
    }

    /** What `kubectl config view` prints (secrets elided). */
    public static String view() {
        return "apiVersion: v1\n"
                + "clusters:\n"
                + "- cluster:\n"
                + "    certificate-authority-data: DATA+OMITTED\n"
                + "    server: " + ClusterFacts.API_SERVER_URL + "\n"
                + "  name: " + CLUSTER + "\n"
                + "contexts:\n"
                + "- context:\n"
                + "    cluster: " + CLUSTER + "\n"
                + "    user: " + USER + "\n"
                + "  name: " + CONTEXT + "\n"
                + "current-context: " + CONTEXT + "\n"
                + "kind: Config\n"
                + "preferences: {}\n"
                + "users:\n"
                + "- name: " + USER + "\n"
                + "  user:\n"
                + "    client-certificate-data: DATA+OMITTED\n"
                + "    client-key-data: DATA+OMITTED\n";
    }
}
