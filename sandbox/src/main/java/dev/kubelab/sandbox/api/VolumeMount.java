package dev.kubelab.sandbox.api;

public record VolumeMount(String name, String mountPath, boolean readOnly) {}
