package dev.kubelab.sandbox.api;

import java.util.List;

/**
 * A readiness/liveness probe: exactly one handler — httpGet (path + port), tcpSocket (port) or exec (command).
 * Timings as Kubernetes defaults them (period 10s, failureThreshold 3) unless given.
 */
public record Probe(String httpGetPath, IntOrString httpGetPort, IntOrString tcpSocketPort, List<String> execCommand,
                    int initialDelaySeconds, int periodSeconds, int failureThreshold) {
    public Probe {
        // A manifest without exec decodes to an empty list: no handler, as for null.
        execCommand = execCommand == null || execCommand.isEmpty() ? null : List.copyOf(execCommand);
    }

    public static Probe httpGet(String path, IntOrString port) {
        return new Probe(path, port, null, null, 0, 10, 3);
    }

    public static Probe tcpSocket(IntOrString port) {
        return new Probe(null, null, port, null, 0, 10, 3);
    }

    public static Probe exec(List<String> command) {
        return new Probe(null, null, null, command, 0, 10, 3);
    }
}
