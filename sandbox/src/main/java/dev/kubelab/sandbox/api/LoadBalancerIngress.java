package dev.kubelab.sandbox.api;

/** ip or hostname (either may be null). */
public record LoadBalancerIngress(String ip, String hostname) {}
