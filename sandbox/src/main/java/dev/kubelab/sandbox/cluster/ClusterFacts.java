package dev.kubelab.sandbox.cluster;

/** The fixed facts of the kubeadm v1.32 + Calico lab cluster (versions, addresses, images). */
public final class ClusterFacts {
    public static final String KUBERNETES_VERSION = "v1.32.4";
    public static final String KUSTOMIZE_VERSION = "v5.5.0";
    public static final String OS_IMAGE = "Ubuntu 22.04.5 LTS";
    public static final String KERNEL = "5.15.0-139-generic";
    /** uname -v of that kernel: Ubuntu's build of linux 5.15.0-139.149. */
    public static final String KERNEL_BUILD = "#149-Ubuntu SMP Fri Apr 11 22:06:13 UTC 2025";
    public static final String CONTAINER_RUNTIME = "containerd://1.7.27";

    public static final String CONTROL_PLANE = "controlplane";
    public static final String CONTROL_PLANE_IP = "172.30.1.2";
    public static final int API_SERVER_PORT = 6443;
    public static final String API_SERVER_URL = "https://" + CONTROL_PLANE_IP + ":" + API_SERVER_PORT;

    public static final String KUBERNETES_SERVICE_IP = "10.96.0.1";
    public static final String DNS_SERVICE_IP = "10.96.0.10";

    public static final String CONTROL_PLANE_ROLE = "node-role.kubernetes.io/control-plane";

    public static final String REGISTRY = "registry.k8s.io/";
    public static final String ETCD_IMAGE = REGISTRY + "etcd:3.5.16-0";
    public static final String COREDNS_IMAGE = REGISTRY + "coredns/coredns:v1.11.3";
    public static final String CALICO_VERSION = "v3.29.3";

    private ClusterFacts() {
    }

    /** registry.k8s.io/kube-apiserver:v1.32.4 and friends. */
    public static String componentImage(String component) {
        return REGISTRY + component + ":" + KUBERNETES_VERSION;
    }
}
