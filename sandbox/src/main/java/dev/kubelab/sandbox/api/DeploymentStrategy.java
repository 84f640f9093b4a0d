package dev.kubelab.sandbox.api;

/** spec.strategy: type RollingUpdate (maxSurge/maxUnavailable, ints or "25%") or Recreate (both null). */
public record DeploymentStrategy(String type, IntOrString maxSurge, IntOrString maxUnavailable) {
    public static final DeploymentStrategy DEFAULT =
            new DeploymentStrategy("RollingUpdate", IntOrString.of("25%"), IntOrString.of("25%"));
}
