package dev.kubelab.sandbox.apiserver;

/** metav1.StatusCause: type (e.g. FieldValueInvalid), message (the error body) and field path. */
public record StatusCause(String type, String message, String field) {}
