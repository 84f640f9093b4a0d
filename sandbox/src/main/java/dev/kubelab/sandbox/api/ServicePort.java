package dev.kubelab.sandbox.api;

/** nodePort is 0 when none was allocated; name may be "" for a single unnamed port. */
public record ServicePort(String name, String protocol, int port, IntOrString targetPort, int nodePort) {}
