package dev.kubelab.sandbox.kubectl.cmd.workload;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.catalog.ImageInfo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a container has written to stdout/stderr since it started at {@code startedAt}: nginx's entrypoint and
 * startup notices (nginx 1.27 on Debian bookworm, 2 worker processes — kubeadm's minimum of 2 CPUs),
 * http-echo's listening line, and the `echo` lines of a shell command (repeated per loop interval).
 */
public final class ContainerLogText {
    private static final DateTimeFormatter GO_LOG = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern ECHO = Pattern.compile("\\becho\\s+([^;&|>]*)");
    private static final Pattern SLEEP = Pattern.compile("\\bsleep\\s+(\\d+)");
    private static final int MAX_LOOP_LINES = 10_000;

    private ContainerLogText() {
    }

    public static List<String> lines(Container c, Instant startedAt, Instant until, String kernel) {
        ImageInfo info = ImageCatalog.standard().lookup(c.image()).orElse(null);
        if (info == null) {
            return List.of();
        }
        String version = ImageCatalog.standard().version(c.image());
        String stamp = GO_LOG.format(startedAt);
        if (c.command().isEmpty() && info.repository().endsWith("/nginx")) {
            return nginx(stamp, version, kernel);
        }
        if (c.command().isEmpty() && info.repository().endsWith("/http-echo")) {
            String listen = ":5678";
            for (String a : c.args()) {
                if (a.startsWith("-listen=") || a.startsWith("--listen=")) {
                    listen = a.substring(a.indexOf('=') + 1);
                }
            }
            return List.of(stamp + " [INFO] server is listening on " + listen);
        }
        return echoes(script(c), startedAt, until);
    }

    private static List<String> nginx(String stamp, String version, String kernel) {
        String e = "/docker-entrypoint.sh: ";
        String ipv6 = "10-listen-on-ipv6-by-default.sh: info: ";
        String n = stamp + " [notice] 1#1: ";
        return List.of(e + "/docker-entrypoint.d/ is not empty, will attempt to perform configuration",
                e + "Looking for shell scripts in /docker-entrypoint.d/",
                e + "Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
                ipv6 + "Getting the checksum of /etc/nginx/conf.d/default.conf",
                ipv6 + "Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
                e + "Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
                e + "Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
                e + "Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
                e + "Configuration complete; ready for start up",
                n + "using the \"epoll\" event method", n + "nginx/" + version,
                n + "built by gcc 12.2.0 (Debian 12.2.0-14) ", n + "OS: Linux " + kernel,
                n + "getrlimit(RLIMIT_NOFILE): 1048576:1048576", n + "start worker processes",
                n + "start worker process 29", n + "start worker process 30");
    }

    /** The shell script a container runs: what follows `-c`, or its whole argv. */
    private static String script(Container c) {
        List<String> argv = new ArrayList<>(c.command());
        argv.addAll(c.args());
        int dashC = argv.indexOf("-c");
        return String.join(" ", dashC >= 0 ? argv.subList(dashC + 1, argv.size()) : argv);
    }

    private static List<String> echoes(String script, Instant startedAt, Instant until) {
        List<String> once = new ArrayList<>();
        Matcher m = ECHO.matcher(script);
        while (m.find()) {
            String after = script.substring(m.end());
            if (!after.matches("^\\s*>.*")) {
                once.add(unquote(m.group(1).trim()));
            }
        }
        if (once.isEmpty() || !script.matches("(?s).*\\bwhile\\s+(true|:)\\b.*")) {
            return once;
        }
        Matcher sleep = SLEEP.matcher(script);
        long interval = sleep.find() ? Math.max(1, Long.parseLong(sleep.group(1))) : 1;
        long rounds = Math.min(MAX_LOOP_LINES, (until.getEpochSecond() - startedAt.getEpochSecond()) / interval + 1);
        List<String> out = new ArrayList<>();
        for (long i = 0; i < rounds; i++) {
            out.addAll(once);
        }
        return out;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
