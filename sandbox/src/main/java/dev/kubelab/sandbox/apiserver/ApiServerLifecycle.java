package dev.kubelab.sandbox.apiserver;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The kube-apiserver static pod as the control plane's kubelet runs it. A changed manifest kills the running
 * server; a startable one serves {@link #RESTART} later with its flags, a broken or missing one keeps the API
 * down until the file is fixed or back. Nothing runs on its own: the state catches up with the clock when asked.
 */
public final class ApiServerLifecycle {
    /** Kill, container start, etcd connection, post-start hooks: a kubeadm API server is back in about this long. */
    public static final Duration RESTART = Duration.ofSeconds(40);

    /** What happens to the API server's mirror pod (in the store) when the kubelet stops or starts the server. */
    public interface MirrorPod {
        void stopped();

        void started(Instant podStarted, Instant serving);
    }

    private final ApiServer api;
    private final MirrorPod mirror;
    /** The manifest the kubelet last read; null while the file is absent. */
    private ApiServerManifest seen;
    /** The manifest of the serving process; null while the API is down. */
    private ApiServerManifest serving;
    private Instant changedAt;
    /** The text observe() last looked at: the same text again needs no parse (it runs after every command). */
    private Optional<String> lastObserved;

    public ApiServerLifecycle(ApiServer api, String bootManifest, MirrorPod mirror) {
        this(api, bootManifest, ApiServerManifest.parse(bootManifest), mirror);
    }

    /** With the boot text already parsed: every sandbox boots from kubeadm's, so they share one parse. */
    public ApiServerLifecycle(ApiServer api, String bootManifest, ApiServerManifest parsed, MirrorPod mirror) {
        this.api = api;
        this.mirror = mirror;
        this.seen = parsed;
        this.serving = seen;
        // The boot text parses to seen itself, so observing it again needs no parse.
        this.lastObserved = bootManifest == null ? null : Optional.of(bootManifest);
        api.servedBy(this);
    }

    /** The kubelet's look at the manifest folder: the file's text, or empty when it is not there. */
    public void observe(Optional<String> manifest, Instant now) {
        if (manifest.equals(lastObserved)) {
            return; // seen already reflects this text (it was taken, or judged the same pod)
        }
        lastObserved = manifest;
        ApiServerManifest next = manifest.map(ApiServerManifest::parse).orElse(null);
        boolean same = next == null ? seen == null : next.samePodAs(seen);
        if (same) {
            return;
        }
        catchUp(now);
        seen = next;
        changedAt = now;
        if (serving != null) {
            serving = null;
            mirror.stopped();
        }
    }

    /** True when kubectl's requests get answers at {@code now}. */
    public boolean serving(Instant now) {
        catchUp(now);
        return serving != null;
    }

    /** The kube-apiserver process on the node (starting or serving), or empty when none runs. */
    public Optional<List<String>> process(Instant now) {
        catchUp(now);
        if (serving != null) {
            return Optional.of(serving.command());
        }
        return seen != null && seen.startable() ? Optional.of(seen.command()) : Optional.empty();
    }

    /** When the running process started: boot for the first one, the manifest change for a restarted one. */
    public Optional<Instant> restartedAt() {
        return Optional.ofNullable(changedAt);
    }

    private void catchUp(Instant now) {
        if (serving != null || seen == null || !seen.startable() || now.isBefore(changedAt.plus(RESTART))) {
            return;
        }
        serving = seen;
        api.restart(serving.config());
        mirror.started(changedAt, changedAt.plus(RESTART));
    }
}
