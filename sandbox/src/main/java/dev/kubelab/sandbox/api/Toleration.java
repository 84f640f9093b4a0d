package dev.kubelab.sandbox.api;

/**
 * spec.tolerations[]: operator Equal (default) or Exists; empty effect tolerates every effect; empty key with
 * Exists tolerates everything. tolerationSeconds null = forever.
 */
public record Toleration(String key, String operator, String value, String effect, Long tolerationSeconds) {

    public static Toleration exists(String key, String effect) {
        return new Toleration(key, "Exists", null, effect, null);
    }

    /** Taint/toleration matching as in k8s.io/api core/v1 toleration.go ToleratesTaint. */
    public boolean tolerates(Taint taint) {
        if (effect != null && !effect.isEmpty() && !effect.equals(taint.effect())) {
            return false;
        }
        if (key != null && !key.isEmpty() && !key.equals(taint.key())) {
            return false;
        }
        if ("Exists".equals(operator)) {
            return true;
        }
        String v = value == null ? "" : value;
        return (key != null && !key.isEmpty()) && v.equals(taint.value() == null ? "" : taint.value());
    }
}
