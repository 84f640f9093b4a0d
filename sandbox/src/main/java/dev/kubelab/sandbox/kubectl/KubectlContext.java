package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

/** What one kubectl run sees: the cluster's store (its "API server"), the time it runs at, its streams. */
public record KubectlContext(ObjectStore store, Instant now, Streams io) {}
