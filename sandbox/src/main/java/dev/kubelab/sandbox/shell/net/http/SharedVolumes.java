package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerStatus;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.VolumeMount;
import dev.kubelab.sandbox.catalog.ContainerProcess;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.shell.builtin.DateBuiltin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The writer pattern: another container of the pod appends lines (`date >> /html/index.html` in a loop) to a
 * volume the server container mounts too, so the server answers with every line written since the writer
 * started. The lines are computed from the writer's process and the clock, not stored.
 */
final class SharedVolumes {
    /** Beyond this many lines only the newest are kept (the sandbox's file-size limit in spirit). */
    private static final int MAX_LINES = 2000;

    private SharedVolumes() {
    }

    /** What file {@code path} of {@code server}'s filesystem holds, when a sibling container writes it. */
    static Optional<String> written(Pod pod, Container server, String path, Instant now) {
        for (VolumeMount mount : server.volumeMounts()) {
            String prefix = mount.mountPath().endsWith("/") ? mount.mountPath() : mount.mountPath() + "/";
            if (!path.startsWith(prefix)) {
                continue;
            }
            String relative = path.substring(prefix.length());
            for (Container writer : pod.spec().containers()) {
                if (writer == server) {
                    continue;
                }
                for (VolumeMount other : writer.volumeMounts()) {
                    if (other.name().equals(mount.name())) {
                        String target = other.mountPath().replaceAll("/+$", "") + "/" + relative;
                        Optional<String> text = appended(pod, writer, target, now);
                        if (text.isPresent()) {
                            return text;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> appended(Pod pod, Container writer, String path, Instant now) {
        ContainerProcess process = ImageCatalog.standard().process(writer);
        Optional<Instant> started = startedAt(pod, writer.name());
        for (ContainerProcess.Appender a : process.appends()) {
            if (a.path().equals(path) && started.isPresent()) {
                return Optional.of(lines(a, started.get(), now));
            }
        }
        return Optional.empty();
    }

    private static String lines(ContainerProcess.Appender a, Instant start, Instant now) {
        long elapsed = Math.max(0, Duration.between(start, now).getSeconds());
        long count = a.intervalSeconds() <= 0 ? 1 : elapsed / a.intervalSeconds() + 1;
        long first = Math.max(0, count - MAX_LINES);
        StringBuilder out = new StringBuilder();
        for (long i = first; i < count; i++) {
            Instant at = start.plusSeconds(i * Math.max(0, a.intervalSeconds()));
            out.append(a.command().equals("date") ? DateBuiltin.format(at) : echoed(a.command())).append('\n');
        }
        return out.toString();
    }

    /** `echo hello >> F` appends "hello"; other commands are shown as their text. */
    private static String echoed(String command) {
        return command.startsWith("echo ") ? command.substring(5).replaceAll("^[\"']|[\"']$", "") : command;
    }

    private static Optional<Instant> startedAt(Pod pod, String container) {
        if (pod.status() == null) {
            return Optional.empty();
        }
        for (ContainerStatus s : pod.status().containerStatuses()) {
            if (s.name().equals(container) && s.state() != null && s.state().running() != null) {
                return Optional.of(s.state().running().startedAt());
            }
        }
        return Optional.empty();
    }
}
