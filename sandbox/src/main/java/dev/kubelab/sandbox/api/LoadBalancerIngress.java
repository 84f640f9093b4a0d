package dev.kubelab.sandbox.api;

/** status.loadBalancer.ingress[]: ip or hostname (either may be null); ipMode "VIP" or "Proxy" (null if unset). */
public record LoadBalancerIngress(String ip, String hostname, String ipMode) {
    public LoadBalancerIngress(String ip, String hostname) {
        this(ip, hostname, null);
    }

    public LoadBalancerIngress withIpMode(String mode) {
        return new LoadBalancerIngress(ip, hostname, mode);
    }
}
