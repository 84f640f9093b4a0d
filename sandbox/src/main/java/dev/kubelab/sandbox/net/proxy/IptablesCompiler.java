package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * kube-proxy's iptables mode (proxier.go syncProxyRules, 1.32) for one node: the top-level chains, one set of
 * chains per service port ({@link ServiceChains}), and the NodePorts jump as the last KUBE-SERVICES rule.
 */
public final class IptablesCompiler {
    private IptablesCompiler() {
    }

    /** The tables of a node whose kube-proxy runs in iptables mode. */
    public static IptablesRules compile(List<ServicePortInfo> services, String node) {
        Table.Builder mangle = BaseTables.mangle(true);
        Table.Builder filter = BaseTables.filter().chain("KUBE-PROXY-CANARY");
        Table.Builder nat = BaseTables.nat().chain("KUBE-PROXY-CANARY");
        jumps(filter, nat);
        for (String c : List.of("KUBE-SERVICES", "KUBE-EXTERNAL-SERVICES", "KUBE-FORWARD", "KUBE-NODEPORTS",
                "KUBE-PROXY-FIREWALL")) {
            filter.chain(c);
        }
        for (String c : List.of("KUBE-SERVICES", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-MARK-MASQ")) {
            nat.chain(c);
        }
        BaseTables.masquerade(nat);
        for (ServicePortInfo svc : services) {
            new ServiceChains(svc, EndpointChoice.of(svc, node), filter, nat).write();
        }
        nat.add("KUBE-SERVICES", Rule.with()
                .comment("kubernetes service nodeports; NOTE: this must be the last rule in this chain")
                .match(new Match.AddrType(false, "LOCAL")).jump("KUBE-NODEPORTS"));
        BaseTables.forward(filter);
        return new IptablesRules(List.of(mangle.build(), filter.build(), nat.build()));
    }

    /** The rules of a node without a running kube-proxy: only what the kubelet keeps. */
    public static IptablesRules kubeletOnly() {
        Table.Builder filter = BaseTables.filter();
        BaseTables.kubeletJumps(filter);
        return new IptablesRules(List.of(BaseTables.mangle(false).build(), filter.build(), BaseTables.nat().build()));
    }

    /** The jumps from the built-in chains, in the order they end up after kube-proxy's inserts. */
    private static void jumps(Table.Builder filter, Table.Builder nat) {
        filter.add("INPUT", BaseTables.newJump("kubernetes load balancer firewall", "KUBE-PROXY-FIREWALL"));
        filter.add("INPUT", BaseTables.commentJump("kubernetes health check service ports", "KUBE-NODEPORTS"));
        filter.add("INPUT", BaseTables.newJump("kubernetes externally-visible service portals",
                "KUBE-EXTERNAL-SERVICES"));
        filter.add("FORWARD", BaseTables.newJump("kubernetes load balancer firewall", "KUBE-PROXY-FIREWALL"));
        filter.add("FORWARD", BaseTables.commentJump("kubernetes forwarding rules", "KUBE-FORWARD"));
        filter.add("FORWARD", BaseTables.newJump("kubernetes service portals", "KUBE-SERVICES"));
        filter.add("FORWARD", BaseTables.newJump("kubernetes externally-visible service portals",
                "KUBE-EXTERNAL-SERVICES"));
        filter.add("OUTPUT", BaseTables.newJump("kubernetes load balancer firewall", "KUBE-PROXY-FIREWALL"));
        filter.add("OUTPUT", BaseTables.newJump("kubernetes service portals", "KUBE-SERVICES"));
        BaseTables.kubeletJumps(filter);
        BaseTables.natJumps(nat);
    }
}
