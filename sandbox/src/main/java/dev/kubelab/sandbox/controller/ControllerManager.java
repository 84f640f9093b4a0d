package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.controller.metallb.MetalLbController;
import dev.kubelab.sandbox.store.ObjectStore;
import dev.kubelab.sandbox.store.WatchEvent;

import java.time.Instant;
import java.util.List;

/**
 * kube-controller-manager + scheduler + every node's kubelet, run in one deterministic loop: all controllers
 * in a fixed order, again and again while the store keeps changing (counted through its watch stream).
 */
public final class ControllerManager {
    /** A safety net: a settled cluster converges in a handful of passes. */
    private static final int MAX_PASSES = 64;

    private final List<Controller> controllers;
    private long changes;
    /** The change count when the controllers last went quiet, and their earliest timed work after that. */
    private long settledAt = -1;
    private Instant wakeup;

    public ControllerManager(ControllerContext ctx) {
        Kubelet kubelet = new Kubelet(ctx);
        EndpointsController endpoints = new EndpointsController(ctx);
        EndpointSliceController slices = new EndpointSliceController(ctx);
        this.controllers = List.of(new DeploymentController(ctx), new ReplicaSetController(ctx),
                new DaemonSetController(ctx), new GarbageCollector(ctx), new Scheduler(ctx), kubelet,
                endpoints, slices, new MetalLbController(ctx));
        ctx.store().subscribe(this::observe);
    }

    public static ControllerManager create(ObjectStore store, Seed seed) {
        return new ControllerManager(ControllerContext.of(store, seed));
    }

    /** Runs every controller until nothing changes any more; true when anything changed. */
    public boolean reconcile(Instant now) {
        if (changes == settledAt && (wakeup == null || now.isBefore(wakeup))) {
            return false; // nothing changed and no timed work is due: skip the passes (advance() runs often)
        }
        long before = changes;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            long start = changes;
            for (Controller c : controllers) {
                c.reconcile(now);
            }
            if (changes == start) {
                break;
            }
        }
        settledAt = changes;
        wakeup = null;
        for (Controller c : controllers) {
            Instant w = c.nextWakeup();
            if (w != null && (wakeup == null || w.isBefore(wakeup))) {
                wakeup = w;
            }
        }
        return changes != before;
    }

    /**
     * Advances in steps from {@code from} to {@code to} so that timed work (image pulls, back-offs, grace
     * periods) happens at its own instant; what Sandbox.advance() and tests use after a clock jump.
     */
    public boolean runUntil(Instant from, Instant to, java.time.Duration step) {
        boolean changed = false;
        for (Instant t = from; t.isBefore(to); t = t.plus(step)) {
            changed |= reconcile(t);
        }
        return reconcile(to) | changed;
    }

    private void observe(WatchEvent event) {
        changes++;
    }
}
