package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.net.proxy.Address;
import dev.kubelab.sandbox.net.proxy.Chain;
import dev.kubelab.sandbox.net.proxy.Ipv4;
import dev.kubelab.sandbox.net.proxy.Match;
import dev.kubelab.sandbox.net.proxy.Rule;
import dev.kubelab.sandbox.net.proxy.Table;
import dev.kubelab.sandbox.net.proxy.Target;

import java.util.Map;

/**
 * `iptables -L` (iptables 1.8.7 print_header / print_firewall): "Chain X (policy ACCEPT)" or "(N references)",
 * the column header, then one line per rule — target %-9s, protocol %-5s, opt, source and destination
 * %-19s each after an invert mark, then each match's and the target's own text. -v adds counters and
 * interfaces, --line-numbers a num column; without -n, 0.0.0.0/0 reads "anywhere" and ports read as names.
 */
final class RuleListing {
    /** /etc/services names for the ports this lab's rules use. */
    private static final Map<Integer, String> SERVICES = Map.of(22, "ssh", 53, "domain", 80, "http", 443, "https",
            8080, "http-alt", 5432, "postgresql", 179, "bgp");

    record Format(boolean numeric, boolean verbose, boolean lineNumbers) {}

    private RuleListing() {
    }

    static String chain(Table table, Chain chain, Format f) {
        StringBuilder out = new StringBuilder("Chain ").append(chain.name());
        if (chain.builtin()) {
            out.append(" (policy ").append(chain.policy()).append(f.verbose() ? " 0 packets, 0 bytes)" : ")");
        } else {
            out.append(" (").append(table.references(chain.name())).append(" references)");
        }
        out.append('\n');
        if (f.lineNumbers()) {
            out.append(String.format("%-4s ", "num"));
        }
        if (f.verbose()) {
            out.append(String.format("%5s %5s ", "pkts", "bytes"));
        }
        out.append(String.format("%-9s ", "target")).append(" prot opt");
        if (f.verbose()) {
            out.append(String.format(" %-6s %-6s ", "in", "out"));
        }
        out.append(String.format(" %-19s  %-19s \n", "source", "destination"));
        int n = 1;
        for (Rule r : chain.rules()) {
            out.append(rule(r, n++, f)).append('\n');
        }
        return out.toString();
    }

    static String rule(Rule r, int num, Format f) {
        StringBuilder out = new StringBuilder();
        if (f.lineNumbers()) {
            out.append(String.format("%-4d ", num));
        }
        if (f.verbose()) {
            out.append(String.format("%5d %5s ", 0, "0"));
        }
        out.append(String.format("%-9s ", targetName(r.target())));
        out.append(' ').append(String.format("%-5s", r.protocol() == null ? "all" : r.protocol())).append("-- ");
        if (f.verbose()) {
            out.append(String.format(" %-6s %-6s ", "*", "*"));
        }
        out.append(address(r.source(), f)).append(address(r.destination(), f));
        for (Match m : r.matches()) {
            out.append(match(m, f));
        }
        out.append(targetText(r.target()));
        return out.toString();
    }

    private static String address(Address a, Format f) {
        String text = a == null ? (f.numeric() ? "0.0.0.0/0" : "anywhere") : Ipv4.listed(a.cidr());
        return (a != null && a.inverted() ? "!" : " ") + String.format("%-19s ", text);
    }

    private static String match(Match m, Format f) {
        if (m instanceof Match.Comment) {
            return " /* " + ((Match.Comment) m).text() + " */";
        }
        if (m instanceof Match.Port) {
            Match.Port p = (Match.Port) m;
            return " " + p.protocol() + (p.dport() == 0 ? "" : " dpt:" + port(p.dport(), f));
        }
        if (m instanceof Match.AddrType) {
            Match.AddrType a = (Match.AddrType) m;
            return " ADDRTYPE match " + (a.source() ? "src-type " : "dst-type ") + a.type();
        }
        if (m instanceof Match.Statistic) {
            return " statistic mode random probability " + ((Match.Statistic) m).probability().text();
        }
        if (m instanceof Match.Recent) {
            Match.Recent r = (Match.Recent) m;
            return " recent:" + (r.set() ? " SET" : " CHECK") + (r.seconds() > 0 ? " seconds: " + r.seconds() : "")
                    + (r.reap() ? " reap" : "") + " name: " + r.name() + " side: source mask: 255.255.255.255";
        }
        if (m instanceof Match.Mark) {
            Match.Mark k = (Match.Mark) m;
            return " mark match " + (k.inverted() ? "! " : "") + hex(k.value()) + "/" + hex(k.mask());
        }
        if (m instanceof Match.Conntrack) {
            Match.Conntrack c = (Match.Conntrack) m;
            return (c.inverted() ? " !" : "") + " ctstate " + c.states();
        }
        Match.IpSet s = (Match.IpSet) m;
        return " match-set " + s.set() + " " + s.flags();
    }

    private static String targetName(Target t) {
        if (t == null) {
            return "";
        }
        if (t instanceof Target.Jump) {
            return ((Target.Jump) t).chain();
        }
        if (t instanceof Target.Reject) {
            return "REJECT";
        }
        if (t instanceof Target.Dnat) {
            return "DNAT";
        }
        return t instanceof Target.SetMark ? "MARK" : "MASQUERADE";
    }

    private static String targetText(Target t) {
        if (t instanceof Target.Reject) {
            return " reject-with " + ((Target.Reject) t).with();
        }
        if (t instanceof Target.Dnat) {
            return " to:" + ((Target.Dnat) t).destination();
        }
        if (t instanceof Target.SetMark) {
            Target.SetMark m = (Target.SetMark) t;
            if (m.value() == m.mask()) {
                return " MARK or " + hex(m.value());
            }
            return m.mask() == 0 ? " MARK xor " + hex(m.value()) : " MARK xset " + hex(m.value()) + "/" + hex(m.mask());
        }
        if (t instanceof Target.Masquerade) {
            return ((Target.Masquerade) t).randomFully() ? " random-fully" : "";
        }
        return "";
    }

    private static String port(int port, Format f) {
        return f.numeric() ? String.valueOf(port) : SERVICES.getOrDefault(port, String.valueOf(port));
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }
}
