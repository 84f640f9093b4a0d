package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ReplicaSet;

/** deployment.kubernetes.io/* annotations and the maxSurge/maxUnavailable arithmetic (deployment/util). */
public final class Revisions {
    public static final String REVISION = "deployment.kubernetes.io/revision";
    public static final String DESIRED = "deployment.kubernetes.io/desired-replicas";
    public static final String MAX = "deployment.kubernetes.io/max-replicas";

    private Revisions() {
    }

    public static long of(ReplicaSet rs) {
        String v = rs.metadata().annotations().get(REVISION);
        try {
            return v == null ? 0 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** maxSurge rounds up, maxUnavailable rounds down; both 0 would deadlock, so unavailable becomes 1. */
    static int[] surgeAndUnavailable(Deployment d) {
        if (d.strategy() != null && "Recreate".equals(d.strategy().type())) {
            return new int[] {0, d.replicas()};
        }
        IntOrString surge = d.strategy() == null || d.strategy().maxSurge() == null
                ? IntOrString.of("25%") : d.strategy().maxSurge();
        IntOrString unavailable = d.strategy() == null || d.strategy().maxUnavailable() == null
                ? IntOrString.of("25%") : d.strategy().maxUnavailable();
        int s = resolve(surge, d.replicas(), true);
        int u = resolve(unavailable, d.replicas(), false);
        if (s == 0 && u == 0) {
            u = 1;
        }
        return new int[] {s, u};
    }

    static int resolve(IntOrString v, int total, boolean roundUp) {
        if (v.isInt()) {
            return v.intValue();
        }
        String s = v.strValue().trim();
        int pct = Integer.parseInt(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
        return roundUp ? (pct * total + 99) / 100 : pct * total / 100;
    }
}
