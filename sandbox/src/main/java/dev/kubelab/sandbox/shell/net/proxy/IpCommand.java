package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.World;
import dev.kubelab.sandbox.net.dataplane.Addresses;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * ip (iproute2 5.15) on a node: `ip [-4] [-o|-br] addr [show [dev] IFACE]`, `ip link`, `ip route`. The routes are
 * Calico's with BIRD: a blackhole for the node's own block, one /32 per local pod, the other nodes' blocks
 * via tunl0.
 */
final class IpCommand implements Builtin {
    private final NodeTools tools;

    IpCommand(NodeTools tools) {
        this.tools = tools;
    }

    @Override
    public String name() {
        return "ip";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> rest = new ArrayList<>(args);
        boolean inetOnly = false;
        String style = "";
        while (!rest.isEmpty() && rest.get(0).startsWith("-")) {
            String flag = rest.remove(0);
            if (flag.equals("-4")) {
                inetOnly = true;
            } else if (flag.equals("-o") || flag.equals("-oneline") || flag.equals("-br") || flag.equals("-brief")) {
                style = flag.substring(1, 2);
            } else if (!flag.equals("-6") && !flag.equals("-c") && !flag.equals("-color")) {
                io.err().println("Option \"" + flag + "\" is unknown, try \"ip -help\".");
                return 255;
            }
        }
        if (rest.isEmpty()) {
            io.err().println("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n"
                    + "where  OBJECT := { address | link | route | ... }");
            return 255;
        }
        String object = rest.remove(0);
        if (!rest.isEmpty() && List.of("show", "s", "list", "ls", "lst").contains(rest.get(0))) {
            rest.remove(0);
        }
        if (!rest.isEmpty() && rest.get(0).equals("dev")) {
            rest.remove(0);
        }
        String device = rest.isEmpty() ? null : rest.get(0);
        if (isPrefix(object, "address", 1)) {
            return addresses(io, device, inetOnly, style.isEmpty() ? null : style);
        }
        if (isPrefix(object, "link", 1)) {
            return addresses(io, device, false, "link");
        }
        if (isPrefix(object, "route", 1)) {
            io.out().print(routes());
            return 0;
        }
        io.err().println("Object \"" + object + "\" is unknown, try \"ip help\".");
        return 255;
    }

    /** style: null for the full listing, "o" one line an address, "b" brief, "link" without addresses. */
    private int addresses(Streams io, String device, boolean inetOnly, String style) {
        boolean withAddresses = !"link".equals(style);
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (NodeInterfaces.Iface i : NodeInterfaces.of(tools)) {
            String bare = i.name().contains("@") ? i.name().substring(0, i.name().indexOf('@')) : i.name();
            if (device != null && !device.equals(bare)) {
                continue;
            }
            found = true;
            if (inetOnly && i.inet().isEmpty()) {
                continue;
            }
            if ("o".equals(style) || "b".equals(style)) {
                out.append(style.equals("o") ? IpOneLine.oneline(i, inetOnly) : IpOneLine.brief(i, inetOnly));
                continue;
            }
            out.append(i.index()).append(": ").append(i.name()).append(": ").append(i.header()).append('\n');
            if (!inetOnly) {
                out.append("    ").append(i.link()).append('\n');
            }
            if (withAddresses) {
                List<String> lines = new ArrayList<>(i.inet());
                if (!inetOnly) {
                    lines.addAll(i.inet6());
                }
                for (String line : lines) {
                    out.append("    ").append(line).append("\n       valid_lft forever preferred_lft forever\n");
                }
            }
        }
        if (!found) {
            io.err().println("Device \"" + device + "\" does not exist.");
            return 1;
        }
        io.out().print(out.toString());
        return 0;
    }

    private String routes() {
        Addresses a = tools.network.dataplane().addresses();
        String node = tools.node();
        StringBuilder out = new StringBuilder();
        out.append("default via ").append(World.LAPTOP_DNS).append(" dev eth0 proto static \n");
        out.append("172.30.0.0").append(NodeInterfaces.LAB_PREFIX).append(" dev eth0 proto kernel scope link src ")
                .append(tools.nodeIp()).append(" \n");
        for (Node n : tools.network.store().list(Node.class, null)) {
            String name = n.metadata().name();
            String block = n.spec().podCIDR();
            if (block == null) {
                continue;
            }
            if (name.equals(node)) {
                out.append("blackhole ").append(block).append(" proto bird \n");
                List<Pod> pods = new ArrayList<>(NodeInterfaces.pods(tools));
                pods.sort(java.util.Comparator.comparingLong((Pod p) -> Ipv4.toLong(p.status().podIP())));
                for (Pod p : pods) {
                    out.append(p.status().podIP()).append(" dev ").append(NodeInterfaces.vethOf(p))
                            .append(" scope link \n");
                }
            } else {
                out.append(block).append(" via ").append(a.nodeIp(name)).append(" dev tunl0 proto bird onlink \n");
            }
        }
        return out.toString();
    }

    /** iproute2 accepts any prefix of an object name ("a", "addr", "address"), at least min characters. */
    private static boolean isPrefix(String typed, String full, int min) {
        return typed.length() >= min && full.startsWith(typed);
    }
}
