package dev.kubelab.sandbox.api;

/** type InternalIP, ExternalIP or Hostname. */
public record NodeAddress(String type, String address) {}
