package dev.kubelab.sandbox.shell.net.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * iproute2's short address listings: `ip -o addr` puts each address on one line ("2: eth0    inet …\" and the
 * lifetimes), naming the interface without its "@link"; `ip -br addr` prints one line an interface: name and
 * operational state in columns of 16 and 14, then each address and a space.
 */
final class IpOneLine {
    private IpOneLine() {
    }

    static String oneline(NodeInterfaces.Iface i, boolean inetOnly) {
        String bare = i.name().contains("@") ? i.name().substring(0, i.name().indexOf('@')) : i.name();
        StringBuilder out = new StringBuilder();
        for (String address : addresses(i, inetOnly)) {
            out.append(i.index()).append(": ").append(bare).append("    ").append(address)
                    .append("\\       valid_lft forever preferred_lft forever\n");
        }
        return out.toString();
    }

    static String brief(NodeInterfaces.Iface i, boolean inetOnly) {
        String state = i.header().replaceFirst(".* state (\\S+).*", "$1");
        StringBuilder out = new StringBuilder(String.format("%-16s %-14s ", i.name(), state));
        for (String address : addresses(i, inetOnly)) {
            out.append(address.split(" ")[1]).append(' ');
        }
        return out.append('\n').toString();
    }

    private static List<String> addresses(NodeInterfaces.Iface i, boolean inetOnly) {
        List<String> all = new ArrayList<>(i.inet());
        if (!inetOnly) {
            all.addAll(i.inet6());
        }
        return all;
    }
}
