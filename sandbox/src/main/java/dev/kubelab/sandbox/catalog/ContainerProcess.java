package dev.kubelab.sandbox.catalog;

import java.util.List;

/**
 * What a container's main process does: runs forever or exits after runSeconds with exitCode; how long it
 * takes to stop on SIGTERM (-1 = ignores it, so the kubelet waits out the grace period); what it serves; which
 * files it keeps appending to (the writer pattern: `while true; do date >> F; sleep N; done`).
 */
public record ContainerProcess(boolean forever, long runSeconds, int exitCode, int stopSeconds, List<Server> servers,
                      List<Appender> appends, List<String> touches) {
    public ContainerProcess {
        servers = List.copyOf(servers);
        appends = List.copyOf(appends);
        touches = List.copyOf(touches);
    }

    /** Appends the output of {@code command} (e.g. "date") to {@code path} every intervalSeconds, first at start. */
    public record Appender(String path, String command, long intervalSeconds) {}
}
