package dev.kubelab.sandbox.api;

/** The replica counters Deployment, ReplicaSet and DaemonSet report (DaemonSet: desired/current scheduled). */
public record WorkloadStatus(int replicas, int readyReplicas, int updatedReplicas, int availableReplicas) {}
