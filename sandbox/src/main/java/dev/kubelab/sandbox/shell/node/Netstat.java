package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.net.PortNames;

import java.util.List;

/**
 * net-tools' netstat (2.10) for the node's sockets: -t, -u, -l, -n, -p, -a; fixed columns (tcp_do_one's
 * "%-4s  %6ld %6ld %-23s %-23s %-11s" and " %-20s" for PID/Program name), IPv4 sockets first, then tcp6.
 * Without -n, ports get their /etc/services names and 127.0.0.1 and the node's address their host names.
 * (A stock Ubuntu 22.04 server lacks net-tools; lab nodes are assumed to have it installed.)
 */
final class Netstat implements Builtin {
    private final NodeSockets sockets;
    private final SimClock clock;
    private final String node;

    Netstat(NodeSockets sockets, SimClock clock, String node) {
        this.sockets = sockets;
        this.clock = clock;
        this.node = node;
    }

    @Override
    public String name() {
        return "netstat";
    }

    @Override
    public int run(List<String> args, Streams io) {
        String flags = SocketFlags.parse("netstat", args, "tulnpa", io);
        if (flags == null) {
            return 1; // net-tools then prints its long usage (not reproduced)
        }
        boolean tcp = flags.contains("t") || !flags.contains("u");
        boolean udp = flags.contains("u") || !flags.contains("t");
        boolean listening = flags.contains("l") || flags.contains("a");
        boolean process = flags.contains("p");
        io.out().println("Active Internet connections " + (flags.contains("a") ? "(servers and established)"
                : flags.contains("l") ? "(only servers)" : "(w/o servers)"));
        io.out().println("Proto Recv-Q Send-Q Local Address           Foreign Address         State      "
                + (process ? " PID/Program name    " : ""));
        if (!listening) {
            return 0;
        }
        List<NodeSockets.Row> rows = sockets.at(clock.now());
        for (boolean v6 : new boolean[] {false, true}) {
            for (String proto : List.of("tcp", "udp")) {
                for (NodeSockets.Row r : rows) {
                    if (r.ipv6() != v6 || !r.proto().equals(proto) || (r.tcp() ? !tcp : !udp)) {
                        continue;
                    }
                    String local = address(r.bind(), flags.contains("n")) + ":" + port(r, flags.contains("n"));
                    String remote = (v6 ? "::" : "0.0.0.0") + ":*";
                    String line = String.format("%-4s  %6d %6d %-23s %-23s %-11s", proto + (v6 ? "6" : ""), 0,
                            0, local, remote, r.tcp() ? "LISTEN" : "");
                    if (process) {
                        line += String.format(" %-20s", r.comm() == null ? "-" : r.pid() + "/" + r.comm());
                    }
                    io.out().println(line);
                }
            }
        }
        return 0;
    }

    private String address(String bind, boolean numeric) {
        if (bind.equals("*") || bind.startsWith("[")) {
            return numeric ? "::" : "[::]";
        }
        if (numeric || bind.equals("0.0.0.0")) {
            return bind;
        }
        return bind.equals("127.0.0.1") ? "localhost" : bind.equals(sockets.nodeIp()) ? node : bind;
    }

    private static String port(NodeSockets.Row r, boolean numeric) {
        String name = PortNames.of(String.valueOf(r.port()), !r.tcp());
        return numeric || name.equals("*") ? String.valueOf(r.port()) : name;
    }
}
