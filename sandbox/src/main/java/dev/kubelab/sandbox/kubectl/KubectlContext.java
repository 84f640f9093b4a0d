package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * What one kubectl run sees: the cluster's store (for reads), the API server (for every write), the time it
 * runs at, its streams (in() is stdin, for {@code -f -}) and the files of the host it runs on (read-only use).
 */
public record KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files) {
    /** The host's files, as `-f FILE` reads them. */
    public FileSystem fileSystem() {
        return files.get();
    }
}
