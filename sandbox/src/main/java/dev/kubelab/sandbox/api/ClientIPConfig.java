package dev.kubelab.sandbox.api;

/** spec.sessionAffinityConfig.clientIP; timeoutSeconds null when unset. */
public record ClientIPConfig(Integer timeoutSeconds) {}
