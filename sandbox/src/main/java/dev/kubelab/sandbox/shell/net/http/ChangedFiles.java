package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.Pod;

import java.util.Optional;

/** A container's file as a learner's `kubectl exec` session left it (empty when nobody touched it). */
@FunctionalInterface
public interface ChangedFiles {
    ChangedFiles NONE = (pod, container, path) -> Optional.empty();

    Optional<String> read(Pod pod, Container container, String path);
}
