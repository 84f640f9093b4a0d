package dev.kubelab.sandbox.api;

import java.time.Instant;

/** status.conditions[] of a Deployment (Available, Progressing, ReplicaFailure). */
public record WorkloadCondition(String type, String status, Instant lastUpdateTime, Instant lastTransitionTime,
                                String reason, String message) {}
