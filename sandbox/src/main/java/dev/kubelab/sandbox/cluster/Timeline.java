package dev.kubelab.sandbox.cluster;

import java.time.Duration;
import java.time.Instant;

/**
 * When the lab cluster was built: `kubeadm init` ran 2d5h12m31s before the sandbox booted, so the
 * first `kubectl get nodes` shows AGE 2d5h, like a freshly handed-out practice cluster.
 */
final class Timeline {
    static final Duration INIT_BEFORE_BOOT = Duration.ofDays(2).plusHours(5).plusMinutes(12).plusSeconds(31);

    private final Instant kubeadmInit;

    Timeline(Instant boot) {
        this.kubeadmInit = boot.minus(INIT_BEFORE_BOOT);
    }

    /** The instant {@code afterInit} after `kubeadm init` created the control-plane node. */
    Instant at(Duration afterInit) {
        return kubeadmInit.plus(afterInit);
    }

    Instant atSeconds(long seconds) {
        return at(Duration.ofSeconds(seconds));
    }
}
