package dev.kubelab.sandbox.net.proxy;

/** kube-proxy's settings on this kubeadm + Calico cluster (kubeadm leaves most at their defaults). */
public final class ProxyFacts {
    /** clusterCIDR from `kubeadm init --pod-network-cidr` (Calico's quick-start range). */
    public static final String CLUSTER_CIDR = "192.168.0.0/16";
    /** iptables.masqueradeBit 14. */
    public static final int MASQ_MARK = 0x4000;
    public static final int METRICS_PORT = 10249;
    public static final int HEALTHZ_PORT = 10256;

    private ProxyFacts() {
    }
}
