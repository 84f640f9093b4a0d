package dev.kubelab.sandbox.api;

public record ContainerStatus(String name, String image, boolean ready, int restartCount, ContainerState state) {}
