package dev.kubelab.sandbox.shell.net;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.TraceLog;
import dev.kubelab.sandbox.net.dataplane.Connection;
import dev.kubelab.sandbox.net.dataplane.Hop;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.function.BiFunction;

/**
 * trace COMMAND…: runs the command (curl, wget…) as usual, then shows the path of every connection it opened —
 * each hop with the packet's source and destination after it, and the translation that happened there (DNAT
 * by kube-proxy's rules, SNAT, the reply's reverse translation). Not a real Linux tool: the lab's X-ray.
 */
public final class TraceBuiltin implements Builtin {
    private final BiFunction<List<String>, Streams, Integer> runner;
    private final TraceLog log;

    public TraceBuiltin(BiFunction<List<String>, Streams, Integer> runner, TraceLog log) {
        this.runner = runner;
        this.log = log;
    }

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (args.isEmpty()) {
            io.err().println("usage: trace COMMAND [ARG...]   e.g. trace curl -s http://web");
            return 2;
        }
        log.clear();
        int status = runner.apply(args, io);
        List<TraceLog.Entry> entries = log.entries();
        if (entries.isEmpty()) {
            io.out().println("trace: " + args.get(0) + " opened no connection");
            return status;
        }
        for (TraceLog.Entry e : entries) {
            io.out().println("trace: " + e.request() + " -> " + verdict(e.connection()));
            printHops(e.connection().hops(), io);
        }
        return status;
    }

    /** One line per hop, as a table: the place and the addresses columns as wide as their longest entry. */
    private static void printHops(List<Hop> hops, Streams io) {
        int whereWidth = 0;
        int pathWidth = 0;
        for (Hop hop : hops) {
            whereWidth = Math.max(whereWidth, hop.where().length());
            pathWidth = Math.max(pathWidth, path(hop).length());
        }
        int n = 1;
        for (Hop hop : hops) {
            boolean noted = hop.note() != null && !hop.note().isEmpty();
            String line = String.format("%3d  %-" + whereWidth + "s  %-" + pathWidth + "s", n++, hop.where(), path(hop));
            io.out().println(noted ? line + "   " + hop.note() : line.stripTrailing());
        }
    }

    private static String path(Hop hop) {
        return hop.source() + " -> " + hop.destination();
    }

    private static String verdict(Connection c) {
        boolean echo = !c.hops().isEmpty() && "echo request".equals(c.hops().get(0).note());
        if (echo) {
            return c instanceof Connection.Established est ? "echo reply from " + est.ip()
                    : c instanceof Connection.Refused ? "ICMP port unreachable (rejected)" : "no reply (packets dropped)";
        }
        if (c instanceof Connection.Established est) {
            return "connected to " + est.ip() + ":" + est.port();
        }
        if (c instanceof Connection.Refused) {
            return "refused";
        }
        return c instanceof Connection.Unreachable ? "no route to host" : "timed out (packets dropped)";
    }
}
