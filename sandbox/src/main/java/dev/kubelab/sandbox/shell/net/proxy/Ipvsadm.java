package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.proxy.VirtualServer;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Map;

/**
 * ipvsadm 1.31: the virtual server table (-L/-l/--list, the default), numeric with -n, one service with
 * -t/-u ADDR:PORT. Empty (three header lines) when kube-proxy runs in iptables mode.
 */
final class Ipvsadm implements Builtin {
    private static final Map<Integer, String> SERVICES = Map.of(22, "ssh", 53, "domain", 80, "http", 443, "https",
            8080, "http-alt", 5432, "postgresql");

    private final NodeTools tools;

    Ipvsadm(NodeTools tools) {
        this.tools = tools;
    }

    @Override
    public String name() {
        return "ipvsadm";
    }

    @Override
    public int run(List<String> args, Streams io) {
        boolean numeric = false;
        String only = null;
        String onlyProto = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--version") || a.equals("-v")) {
                io.out().println("ipvsadm v1.31 2019/12/24 (compiled with popt and IPVS v1.2.1)");
                return 0;
            } else if (a.equals("-t") || a.equals("--tcp-service") || a.equals("-u") || a.equals("--udp-service")) {
                if (i + 1 >= args.size()) {
                    io.err().println("ipvsadm: option '" + a + "' requires an argument");
                    return 2;
                }
                onlyProto = a.startsWith("-t") || a.startsWith("--tcp") ? "TCP" : "UDP";
                only = args.get(++i);
            } else if (a.equals("--list")) {
                continue;
            } else if (a.equals("--numeric")) {
                numeric = true;
            } else if (a.matches("-[Lln]+")) {
                numeric |= a.contains("n");
            } else if (a.matches("-[ACEDaedsSRZ].*|--(add|edit|delete|clear|save|restore|zero).*")) {
                io.err().println("ipvsadm: changing virtual servers by hand is not simulated in this lab;"
                        + " kube-proxy manages them from Services and EndpointSlices.");
                return 1;
            } else {
                io.err().println("ipvsadm: unknown option '" + a + "'");
                return 2;
            }
        }
        StringBuilder out = new StringBuilder("IP Virtual Server version 1.2.1 (size=4096)\n"
                + "Prot LocalAddress:Port Scheduler Flags\n"
                + "  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn\n");
        boolean found = false;
        for (VirtualServer vs : tools.rules().ipvs()) {
            if (only != null && !(vs.protocol().equals(onlyProto) && vs.address().equals(only))) {
                continue;
            }
            found = true;
            out.append(vs.protocol()).append("  ").append(vs.ip()).append(':').append(port(vs.port(), numeric))
                    .append(' ').append(vs.scheduler())
                    .append(vs.persistentSeconds() > 0 ? " persistent " + vs.persistentSeconds() : "").append('\n');
            for (VirtualServer.RealServer r : vs.destinations()) {
                out.append(String.format("  -> %-28s %-7s %-6d %-10d %-10d\n", r.ip() + ":" + port(r.port(), numeric),
                        "Masq", r.weight(), 0, 0));
            }
        }
        if (only != null && !found) {
            io.err().println("Memory allocation problem");
            return 1;
        }
        io.out().print(out.toString());
        return 0;
    }

    private static String port(int port, boolean numeric) {
        return numeric ? String.valueOf(port) : SERVICES.getOrDefault(port, String.valueOf(port));
    }
}
