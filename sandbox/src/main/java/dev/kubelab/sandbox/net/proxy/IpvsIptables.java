package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * The iptables rules kube-proxy keeps in IPVS mode (pkg/proxy/ipvs/proxier.go writeIptablesRules): matches on
 * its ipsets for masquerading and for filtering the addresses bound to kube-ipvs0, no per-service chains.
 */
public final class IpvsIptables {
    private static final String CLUSTER_IPS = "KUBE-CLUSTER-IP";

    private IpvsIptables() {
    }

    public static IptablesRules compile(boolean anyNodePort) {
        Table.Builder mangle = BaseTables.mangle(true);
        Table.Builder filter = BaseTables.filter().chain("KUBE-PROXY-CANARY");
        Table.Builder nat = BaseTables.nat().chain("KUBE-PROXY-CANARY");
        filter.add("INPUT", BaseTables.commentJump("kubernetes health check rules", "KUBE-NODE-PORT"));
        filter.add("INPUT", BaseTables.commentJump("kube-proxy firewall rules", "KUBE-PROXY-FIREWALL"));
        filter.add("INPUT", BaseTables.commentJump("kubernetes ipvs access filter", "KUBE-IPVS-FILTER"));
        filter.add("FORWARD", BaseTables.commentJump("kube-proxy firewall rules", "KUBE-PROXY-FIREWALL"));
        filter.add("FORWARD", BaseTables.commentJump("kubernetes forwarding rules", "KUBE-FORWARD"));
        filter.add("OUTPUT", BaseTables.commentJump("kubernetes ipvs access filter", "KUBE-IPVS-OUT-FILTER"));
        BaseTables.kubeletJumps(filter);
        BaseTables.natJumps(nat);
        for (String c : List.of("KUBE-SOURCE-RANGES-FIREWALL", "KUBE-PROXY-FIREWALL", "KUBE-IPVS-OUT-FILTER")) {
            filter.chain(c);
        }
        BaseTables.forward(filter);
        filter.add("KUBE-NODE-PORT", Rule.with().comment("Kubernetes health check node port")
                .match(new Match.IpSet("KUBE-HEALTH-CHECK-NODE-PORT", "dst")).jump("ACCEPT"));
        filter.add("KUBE-SOURCE-RANGES-FIREWALL", Rule.with().jump("DROP"));
        for (String set : List.of("KUBE-LOAD-BALANCER", CLUSTER_IPS, "KUBE-EXTERNAL-IP", "KUBE-EXTERNAL-IP-LOCAL")) {
            filter.add("KUBE-IPVS-FILTER", Rule.with().match(new Match.IpSet(set, "dst,dst")).jump("RETURN"));
        }
        filter.add("KUBE-IPVS-FILTER", Rule.with().match(new Match.IpSet("KUBE-HEALTH-CHECK-NODE-PORT", "dst"))
                .jump("RETURN"));
        // A VIP on kube-ipvs0 answers only on its service ports: anything else is refused.
        filter.add("KUBE-IPVS-FILTER", Rule.with().match(new Match.Conntrack(false, "NEW"))
                .match(new Match.IpSet("KUBE-IPVS-IPS", "dst")).to(new Target.Reject("icmp-port-unreachable")));

        for (String c : List.of("KUBE-SERVICES", "KUBE-POSTROUTING", "KUBE-NODE-PORT", "KUBE-LOAD-BALANCER",
                "KUBE-MARK-MASQ")) {
            nat.chain(c);
        }
        nat.add("KUBE-LOAD-BALANCER", Rule.with().jump("KUBE-MARK-MASQ"));
        nat.add("KUBE-POSTROUTING", Rule.with()
                .comment("Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose")
                .match(new Match.IpSet("KUBE-LOOP-BACK", "dst,dst,src")).to(new Target.Masquerade(false)));
        BaseTables.masquerade(nat);
        if (anyNodePort) {
            nat.add("KUBE-NODE-PORT", Rule.with().protocol("tcp")
                    .comment("Kubernetes nodeport TCP port for masquerade purpose")
                    .match(new Match.IpSet("KUBE-NODE-PORT-TCP", "dst")).jump("KUBE-MARK-MASQ"));
        }
        nat.add("KUBE-SERVICES", Rule.with().source(Address.not(ProxyFacts.CLUSTER_CIDR))
                .comment("Kubernetes service cluster ip + port for masquerade purpose")
                .match(new Match.IpSet(CLUSTER_IPS, "dst,dst")).jump("KUBE-MARK-MASQ"));
        nat.add("KUBE-SERVICES", Rule.with().match(new Match.AddrType(false, "LOCAL")).jump("KUBE-NODE-PORT"));
        nat.add("KUBE-SERVICES", Rule.with().match(new Match.IpSet(CLUSTER_IPS, "dst,dst")).jump("ACCEPT"));
        return new IptablesRules(List.of(mangle.build(), filter.build(), nat.build()));
    }
}
