package dev.kubelab.sandbox.api;

/** metadata.ownerReferences[]: controller=true for the managing controller. */
public record OwnerReference(String apiVersion, String kind, String name, String uid, boolean controller) {}
