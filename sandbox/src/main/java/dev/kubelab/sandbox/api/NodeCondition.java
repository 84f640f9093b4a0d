package dev.kubelab.sandbox.api;

/** type Ready/MemoryPressure/…, status "True", "False" or "Unknown". */
public record NodeCondition(String type, String status, String reason) {}
