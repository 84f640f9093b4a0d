package dev.kubelab.sandbox.api;

/** spec.sessionAffinityConfig; clientIP may be null. */
public record SessionAffinityConfig(ClientIPConfig clientIP) {
    public static SessionAffinityConfig timeout(int seconds) {
        return new SessionAffinityConfig(new ClientIPConfig(seconds));
    }
}
