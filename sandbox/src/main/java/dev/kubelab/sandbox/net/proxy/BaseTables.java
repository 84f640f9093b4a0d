package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * The tables before any service is added: the kubelet's chains (KUBE-FIREWALL, canaries, KUBE-IPTABLES-HINT)
 * and, when kube-proxy runs, its canaries and the jumps into its top-level chains. kube-proxy inserts each jump
 * at the top (-I), so the ones it ensures last come first. Calico's cali-* chains are left out.
 */
final class BaseTables {
    static final List<String> MANGLE = List.of("PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING");
    static final List<String> FILTER = List.of("INPUT", "FORWARD", "OUTPUT");
    static final List<String> NAT = List.of("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING");

    private BaseTables() {
    }

    static Table.Builder mangle(boolean kubeProxy) {
        Table.Builder b = new Table.Builder("mangle", MANGLE).chain("KUBE-IPTABLES-HINT").chain("KUBE-KUBELET-CANARY");
        if (kubeProxy) {
            b.chain("KUBE-PROXY-CANARY");
        }
        return b;
    }

    /** filter with the kubelet's localnet guard; kube-proxy's jumps are added by the mode's compiler. */
    static Table.Builder filter() {
        Table.Builder b = new Table.Builder("filter", FILTER).chain("KUBE-KUBELET-CANARY");
        b.add("KUBE-FIREWALL", Rule.with().source(Address.not("127.0.0.0/8")).destination(Address.of("127.0.0.0/8"))
                .comment("block incoming localnet connections")
                .match(new Match.Conntrack(true, "RELATED,ESTABLISHED,DNAT")).jump("DROP"));
        return b;
    }

    static void kubeletJumps(Table.Builder filter) {
        filter.add("INPUT", Rule.with().jump("KUBE-FIREWALL"));
        filter.add("OUTPUT", Rule.with().jump("KUBE-FIREWALL"));
    }

    static Table.Builder nat() {
        return new Table.Builder("nat", NAT).chain("KUBE-KUBELET-CANARY");
    }

    static Rule newJump(String comment, String chain) {
        return Rule.with().match(new Match.Conntrack(false, "NEW")).comment(comment).jump(chain);
    }

    static Rule commentJump(String comment, String chain) {
        return Rule.with().comment(comment).jump(chain);
    }

    /** KUBE-MARK-MASQ and KUBE-POSTROUTING, the same in both modes. */
    static void masquerade(Table.Builder nat) {
        int mark = ProxyFacts.MASQ_MARK;
        nat.add("KUBE-MARK-MASQ", Rule.with().to(new Target.SetMark(mark, mark)));
        nat.add("KUBE-POSTROUTING", Rule.with().match(new Match.Mark(true, mark, mark)).jump("RETURN"));
        nat.add("KUBE-POSTROUTING", Rule.with().to(new Target.SetMark(mark, 0)));
        nat.add("KUBE-POSTROUTING", Rule.with().comment("kubernetes service traffic requiring SNAT")
                .to(new Target.Masquerade(true)));
    }

    /** KUBE-FORWARD: drop INVALID, accept marked (service) traffic and its replies. */
    static void forward(Table.Builder filter) {
        int mark = ProxyFacts.MASQ_MARK;
        filter.add("KUBE-FORWARD", Rule.with().match(new Match.Conntrack(false, "INVALID")).jump("DROP"));
        filter.add("KUBE-FORWARD", Rule.with().comment("kubernetes forwarding rules")
                .match(new Match.Mark(false, mark, mark)).jump("ACCEPT"));
        filter.add("KUBE-FORWARD", Rule.with().comment("kubernetes forwarding conntrack rule")
                .match(new Match.Conntrack(false, "RELATED,ESTABLISHED")).jump("ACCEPT"));
    }

    static void natJumps(Table.Builder nat) {
        nat.add("PREROUTING", commentJump("kubernetes service portals", "KUBE-SERVICES"));
        nat.add("OUTPUT", commentJump("kubernetes service portals", "KUBE-SERVICES"));
        nat.add("POSTROUTING", commentJump("kubernetes postrouting rules", "KUBE-POSTROUTING"));
    }
}
