package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.controller.metallb.MetalLbController;
import dev.kubelab.sandbox.store.ObjectStore;
import dev.kubelab.sandbox.store.WatchEvent;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * kube-controller-manager + scheduler + every node's kubelet, run in one deterministic loop: all controllers
 * in a fixed order, again and again while the store keeps changing (counted through its watch stream).
 */
public final class ControllerManager {
    /** A safety net: a settled cluster converges in a handful of passes. */
    private static final int MAX_PASSES = 64;
    /** Bounds the catch-up after a long jump; what is still due after it runs at the new time. */
    private static final int MAX_CATCH_UP_STEPS = 10_000;

    private final List<Controller> controllers;
    private long changes;
    /** Per kind, the change count right after its latest change. */
    private final long[] kindChangedAt = new long[Kind.values().length];
    /** Per controller, the change count when its latest run began (-1: never ran) and its next timed work. */
    private final long[] ranAt;
    private final Instant[] dueAt;
    /** The change count when the controllers last went quiet, and their earliest timed work after that. */
    private long settledAt = -1;
    private Instant wakeup;
    private final ContainerStdin stdin;

    public ControllerManager(ControllerContext ctx) {
        Kubelet kubelet = new Kubelet(ctx);
        EndpointsController endpoints = new EndpointsController(ctx);
        EndpointSliceController slices = new EndpointSliceController(ctx);
        this.controllers = List.of(new DeploymentController(ctx), new ReplicaSetController(ctx),
                new ReplicationManager(ctx), new StatefulSetController(ctx),
                new DaemonSetController(ctx), new GarbageCollector(ctx), new Scheduler(ctx), kubelet,
                endpoints, slices, new MetalLbController(ctx), new RootCaPublisher(ctx),
                new ServiceAccountsController(ctx));
        this.ranAt = new long[controllers.size()];
        this.dueAt = new Instant[controllers.size()];
        Arrays.fill(ranAt, -1);
        ctx.store().subscribe(this::observe);
        this.stdin = ctx.stdin();
        // A session's end reaches the kubelet as a pod change would: it runs on the next reconcile.
        stdin.onSessionEnd(() -> kindChangedAt[Kind.POD.ordinal()] = ++changes);
    }

    /** Where kubectl reports the end of an attached session (the kubelet ends that container's shell). */
    public ContainerStdin stdin() {
        return stdin;
    }

    public static ControllerManager create(ObjectStore store, Seed seed) {
        return new ControllerManager(ControllerContext.of(store, seed));
    }

    /**
     * Runs every controller until nothing changes any more; true when anything changed. Timed work that fell due
     * before {@code now} (the clock jumped: a transcript's wait, a tab that slept) runs at its own instant first,
     * one wake-up after the other, so a pod started by it is as old as it would be had nobody looked away.
     */
    public boolean reconcile(Instant now) {
        boolean changed = false;
        for (int step = 0; step < MAX_CATCH_UP_STEPS && wakeup != null && wakeup.isBefore(now); step++) {
            Instant due = wakeup;
            changed |= settle(due);
            if (wakeup != null && !wakeup.isAfter(due)) {
                break; // a controller asks for the same instant again: catch up at the new time instead of spinning
            }
        }
        return settle(now) | changed;
    }

    private boolean settle(Instant now) {
        if (changes == settledAt && (wakeup == null || now.isBefore(wakeup))) {
            return false; // nothing changed and no timed work is due: skip the passes (advance() runs often)
        }
        long before = changes;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            long start = changes;
            for (int i = 0; i < controllers.size(); i++) {
                runIfNeeded(i, now);
            }
            if (changes == start) {
                break;
            }
        }
        settledAt = changes;
        wakeup = null;
        for (Instant w : dueAt) {
            if (w != null && (wakeup == null || w.isBefore(wakeup))) {
                wakeup = w;
            }
        }
        return changes != before;
    }

    /**
     * A controller runs when a kind it reads changed since its last run began (its own writes count, so it
     * sees them on the next pass as before) or its timed work is due; otherwise that run would write nothing.
     */
    private void runIfNeeded(int i, Instant now) {
        Controller c = controllers.get(i);
        boolean due = dueAt[i] != null && !now.isBefore(dueAt[i]);
        if (ranAt[i] >= 0 && !due && !changedSince(c.reads(), ranAt[i])) {
            return;
        }
        ranAt[i] = changes;
        c.reconcile(now);
        dueAt[i] = c.nextWakeup();
    }

    private boolean changedSince(Set<Kind> kinds, long since) {
        for (Kind k : kinds) {
            if (kindChangedAt[k.ordinal()] > since) {
                return true;
            }
        }
        return false;
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
        kindChangedAt[event.object().kind().ordinal()] = changes;
    }
}
