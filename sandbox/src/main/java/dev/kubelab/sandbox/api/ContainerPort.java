package dev.kubelab.sandbox.api;

/** name may be null; protocol TCP, UDP or SCTP. */
public record ContainerPort(String name, int containerPort, String protocol) {}
