package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Node;

import java.time.Duration;
import java.time.Instant;

/**
 * The kubelet's heartbeats, which the engine does not store: the node Lease is renewed every 10s and the
 * conditions' lastHeartbeatTime moves every 5 minutes (nodeStatusReportFrequency) while nothing changes.
 * Both are the last tick at or before now, counted from the node's registration.
 */
record NodeLease(Instant renewTime, Instant heartbeat) {
    private static final Duration RENEW_INTERVAL = Duration.ofSeconds(10);
    private static final Duration REPORT_INTERVAL = Duration.ofMinutes(5);

    static NodeLease of(Node node, Instant now) {
        Instant created = node.metadata().creationTimestamp();
        return new NodeLease(lastTick(created, now, RENEW_INTERVAL), lastTick(created, now, REPORT_INTERVAL));
    }

    private static Instant lastTick(Instant from, Instant now, Duration every) {
        if (now.isBefore(from)) {
            return from;
        }
        long ticks = Duration.between(from, now).toMillis() / every.toMillis();
        return from.plus(every.multipliedBy(ticks));
    }

    /** The kubelet's message for each condition reason it sets. */
    static String message(String reason) {
        switch (reason) {
            case "KubeletHasSufficientMemory":
                return "kubelet has sufficient memory available";
            case "KubeletHasNoDiskPressure":
                return "kubelet has no disk pressure";
            case "KubeletHasSufficientPID":
                return "kubelet has sufficient PID available";
            case "KubeletReady":
                return "kubelet is posting ready status";
            case "KubeletNotReady":
                return "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady"
                        + " message:Network plugin returns error: cni plugin not initialized";
            default:
                return "";
        }
    }
}
