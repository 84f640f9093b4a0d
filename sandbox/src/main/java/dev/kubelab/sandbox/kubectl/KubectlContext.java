package dev.kubelab.sandbox.kubectl;

import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.controller.ContainerStdin;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.dataplane.PortForwards;
import dev.kubelab.sandbox.shell.EditSession;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.vfs.FileSystem;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What one kubectl run sees: the cluster's store (for reads), the API server (for every write), the time it
 * runs at, its streams (in() is stdin, for {@code -f -}), the files of the host it runs on (read-only use), the
 * browser's editor (kubectl edit), the terminal's foreground (get -w, logs -f… keep running there), the
 * sockets port-forward listens on and the kubelets' end of attached sessions (kubectl run -it, attach).
 */
public record KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files,
                             Consumer<EditSession> editor, JobControl jobs, PortForwards forwards,
                             ContainerStdin stdin) {
    /** A kubectl whose attached sessions reach no kubelet. */
    public KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files,
                          Consumer<EditSession> editor, JobControl jobs, PortForwards forwards) {
        this(store, api, now, io, files, editor, jobs, forwards, new ContainerStdin());
    }

    /** A kubectl whose port-forwards nobody can connect to. */
    public KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files,
                          Consumer<EditSession> editor, JobControl jobs) {
        this(store, api, now, io, files, editor, jobs, new PortForwards());
    }

    /** A kubectl that runs each command to its end (-w, -f print what there is and return). */
    public KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files,
                          Consumer<EditSession> editor) {
        this(store, api, now, io, files, editor, new JobControl());
    }

    /** A kubectl without a browser editor (tests, the fuzz test): kubectl edit cannot open anything. */
    public KubectlContext(ObjectStore store, ApiServer api, Instant now, Streams io, Supplier<FileSystem> files) {
        this(store, api, now, io, files, session -> { });
    }

    /** The host's files, as `-f FILE` reads them. */
    public FileSystem fileSystem() {
        return files.get();
    }
}
