package dev.kubelab.sandbox.net.proxy;

/**
 * What a kube-proxy pod read from ConfigMap kube-system/kube-proxy when it started: its mode and, for IPVS,
 * ipvs.strictARP. With strictARP false (kubeadm's value) the node's kernel answers ARP on eth0 for every
 * address kube-proxy puts on kube-ipvs0 (arp_ignore=0); true sets arp_ignore=1/arp_announce=2, so only MetalLB's
 * speaker answers for a LoadBalancer IP.
 */
public record KubeProxyConfig(ProxyMode mode, boolean strictArp) {
    public static final KubeProxyConfig DEFAULT = new KubeProxyConfig(ProxyMode.IPTABLES, false);

    /** Reads config.conf (a KubeProxyConfiguration in YAML): `mode:` at the top, `strictARP:` under `ipvs:`. */
    public static KubeProxyConfig of(String configConf) {
        return new KubeProxyConfig(ProxyMode.fromConfig(configConf), strictArp(configConf));
    }

    /** Whether the node answers ARP for its kube-ipvs0 addresses (IPVS mode without strictARP). */
    public boolean answersArpForVirtualIps() {
        return mode == ProxyMode.IPVS && !strictArp;
    }

    private static boolean strictArp(String configConf) {
        if (configConf == null) {
            return false;
        }
        boolean inIpvs = false;
        for (String line : configConf.split("\n")) {
            String trimmed = line.trim();
            if (!line.startsWith(" ") && !trimmed.isEmpty()) {
                inIpvs = trimmed.startsWith("ipvs:");
            } else if (inIpvs && trimmed.startsWith("strictARP:")) {
                return trimmed.substring("strictARP:".length()).trim().replace("\"", "").equalsIgnoreCase("true");
            }
        }
        return false;
    }
}
