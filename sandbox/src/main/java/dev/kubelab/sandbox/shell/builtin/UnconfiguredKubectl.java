package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * kubectl on a worker node: kubeadm leaves no kubeconfig there, so kubectl falls back to
 * localhost:8080, retries API discovery (klog lines) and gives up.
 */
public final class UnconfiguredKubectl implements Builtin {
    private static final String DISCOVERY_ERROR = "\"Unhandled Error\" err=\"couldn't get current server API group list: "
            + "Get \\\"http://localhost:8080/api?timeout=32s\\\": dial tcp 127.0.0.1:8080: connect: connection refused\"";
    private final SimClock clock;

    public UnconfiguredKubectl(SimClock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "kubectl";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (args.size() >= 2 && args.get(0).equals("version") && args.contains("--client")) {
            io.out().println("Client Version: v1.32.4");
            io.out().println("Kustomize Version: v5.5.0");
            return 0;
        }
        Instant now = clock.now();
        for (int attempt = 0; attempt < 5; attempt++) {
            io.err().println(klogError(now.plusMillis(attempt * 7L + 3), "memcache.go:265", DISCOVERY_ERROR));
        }
        io.err().println("The connection to the server localhost:8080 was refused - did you specify the right host or port?");
        return 1;
    }

    /** klog's header: Lmmdd hh:mm:ss.uuuuuu threadid file:line] */
    private static String klogError(Instant at, String source, String message) {
        ZonedDateTime t = at.atZone(ZoneOffset.UTC);
        return String.format("E%02d%02d %02d:%02d:%02d.%06d %7d %s] %s", t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1000, 4242, source, message);
    }
}
