package dev.kubelab.sandbox.api;

public record EndpointPort(String name, int port, String protocol) {}
