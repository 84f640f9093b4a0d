package dev.kubelab.sandbox.api;

import java.time.Instant;

/** type PodReadyToStartContainers/Initialized/Ready/ContainersReady/PodScheduled; status "True"/"False". */
public record PodCondition(String type, String status, Instant lastTransitionTime, String reason, String message) {}
