package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerState;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.ForegroundJob;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * kubectl logs -f after the lines so far: what each followed container writes as the clock moves, until the
 * container stops (its last lines, then the stream closes), restarts or its pod goes; then kubectl exits with 0.
 */
public final class LogFollow implements ForegroundJob {
    /** One container run being followed: lines beyond {@code printed} are new. */
    public static final class Stream {
        private final Pod pod;
        private final Container container;
        private final Instant startedAt;
        private final String kernel;
        private int printed;

        public Stream(Pod pod, Container container, Instant startedAt, String kernel, int printed) {
            this.pod = pod;
            this.container = container;
            this.startedAt = startedAt;
            this.kernel = kernel;
            this.printed = printed;
        }
    }

    private final ObjectStore store;
    private final List<Stream> streams;

    public LogFollow(ObjectStore store, List<Stream> streams) {
        this.store = store;
        this.streams = new ArrayList<>(streams);
    }

    @Override
    public OptionalInt pump(Instant now, Streams io) {
        streams.removeIf(s -> !follow(s, now, io));
        return streams.isEmpty() ? OptionalInt.of(0) : OptionalInt.empty();
    }

    /** Prints the stream's new lines; false once it has closed. */
    private boolean follow(Stream s, Instant now, Streams io) {
        Pod pod = store.get(Pod.class, s.pod.metadata().namespace(), s.pod.metadata().name())
                .filter(p -> p.metadata().uid().equals(s.pod.metadata().uid())).orElse(null);
        ContainerState state = pod == null ? ContainerState.NONE : pod.status().containerStatuses().stream()
                .filter(c -> c.name().equals(s.container.name())).map(ContainerStatus::state).findFirst()
                .orElse(ContainerState.NONE);
        boolean running = state.running() != null && s.startedAt.equals(state.running().startedAt());
        boolean stopped = state.terminated() != null && s.startedAt.equals(state.terminated().startedAt());
        Instant until = running ? now : stopped ? state.terminated().finishedAt() : null;
        if (until != null) {
            List<String> lines = ContainerLogText.lines(s.container, s.startedAt, until, s.kernel);
            lines.subList(Math.min(s.printed, lines.size()), lines.size()).forEach(io.out()::println);
            s.printed = Math.max(s.printed, lines.size());
        }
        return running;
    }
}
