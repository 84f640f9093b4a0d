package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.Server;

import java.util.Optional;

/** What listens inside a pod's network namespace: the servers of its running containers (catalog). */
final class PodListeners {
    private PodListeners() {
    }

    static Optional<Listener> at(Pod pod, int port, String protocol, String clientIp, ImageCatalog catalog) {
        for (Container c : pod.spec().containers()) {
            if (!containerRunning(pod, c.name())) {
                continue;
            }
            for (Server s : catalog.process(c).servers()) {
                if (s.port() == port && s.protocol().equalsIgnoreCase(protocol)) {
                    return Optional.of(new Listener(pod, c, null, null, s, false, clientIp));
                }
            }
        }
        return Optional.empty();
    }

    static boolean containerRunning(Pod pod, String container) {
        for (ContainerStatus cs : pod.status().containerStatuses()) {
            if (cs.name().equals(container)) {
                return cs.state() != null && cs.state().running() != null;
            }
        }
        return false;
    }
}
