package dev.kubelab.sandbox.api;

/** targetRef names the pod behind the address (null for the apiserver's own endpoints). */
public record EndpointAddress(String ip, String nodeName, ObjectReference targetRef) {}
