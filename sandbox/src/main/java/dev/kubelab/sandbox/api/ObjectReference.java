package dev.kubelab.sandbox.api;

public record ObjectReference(String kind, String namespace, String name, String uid) {}
