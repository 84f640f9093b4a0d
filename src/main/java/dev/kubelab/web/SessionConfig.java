package dev.kubelab.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "kubelab.session")
public interface SessionConfig {
    /** Key that signs session cookies (≥ 32 chars). Without it one is generated once and kept in the database. */
    Optional<String> secret();

    @WithDefault("kubelab_session")
    String cookieName();

    @WithDefault("P365D")
    Duration maxAge();
}
