package dev.kubelab.sandbox.api;

/** effect: NoSchedule, PreferNoSchedule or NoExecute; value may be "". */
public record Taint(String key, String value, String effect) {}
