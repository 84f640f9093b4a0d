package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Probe;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.Server;

import java.util.List;

/**
 * Evaluates a readiness probe against what the pod's containers serve (per the catalog): null when it passes,
 * else the prober's failure text (e.g. `Get "http://192.168.1.4:8080/": dial tcp …: connect: connection refused`).
 */
final class Readiness {
    private Readiness() {
    }

    static String failure(ImageCatalog catalog, Pod pod, Container c, ContainerRun run) {
        Probe probe = c.readinessProbe();
        String ip = pod.status().podIP() == null ? "" : pod.status().podIP();
        if (probe.httpGetPort() != null) {
            int port = resolve(c, probe.httpGetPort());
            String path = probe.httpGetPath() == null ? "/" : probe.httpGetPath();
            Server s = serverOn(catalog, pod, port);
            String url = "http://" + ip + ":" + port + path;
            if (s == null) {
                return "Get \"" + url + "\": dial tcp " + ip + ":" + port + ": connect: connection refused";
            }
            if (s.http() == null) {
                return "Get \"" + url + "\": EOF";
            }
            return s.http().serves(path) && s.http().status() < 400 ? null
                    : "HTTP probe failed with statuscode: " + (s.http().serves(path) ? s.http().status() : 404);
        }
        if (probe.tcpSocketPort() != null) {
            int port = resolve(c, probe.tcpSocketPort());
            return serverOn(catalog, pod, port) != null ? null
                    : "dial tcp " + ip + ":" + port + ": connect: connection refused";
        }
        return exec(catalog, pod, probe.execCommand());
    }

    /** exec probes: `cat F` / `test -f F` pass when some container's process touches F; `false` fails. */
    private static String exec(ImageCatalog catalog, Pod pod, List<String> command) {
        if (command == null || command.isEmpty()) {
            return null;
        }
        String line = String.join(" ", command);
        if (line.matches("(?s).*\\b(false|exit [1-9]\\d*)\\b.*")) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:cat|test -f|ls)\\s+(\\S+)").matcher(line);
        if (!m.find()) {
            return null;
        }
        String file = m.group(1);
        for (Container other : pod.spec().containers()) {
            if (catalog.process(other).touches().contains(file)) {
                return null;
            }
        }
        return "cat: can't open '" + file + "': No such file or directory";
    }

    private static Server serverOn(ImageCatalog catalog, Pod pod, int port) {
        for (Container other : pod.spec().containers()) {
            Server s = catalog.serverFor(other).get(port);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    static int resolve(Container c, IntOrString port) {
        if (port.isInt()) {
            return port.intValue();
        }
        for (ContainerPort p : c.ports()) {
            if (port.strValue().equals(p.name())) {
                return p.containerPort();
            }
        }
        return -1;
    }
}
