package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.proxy.NodeRules;
import dev.kubelab.sandbox.net.proxy.ProxyFacts;
import dev.kubelab.sandbox.net.proxy.ProxyMode;
import dev.kubelab.sandbox.net.proxy.Table;
import dev.kubelab.sandbox.net.proxy.VirtualServer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A packet passing one node's netfilter hooks: nat OUTPUT (made on the node) or PREROUTING (from a pod or the
 * wire) — or, in IPVS mode, the virtual server lookup — then the filter chain the route picks (INPUT, FORWARD,
 * OUTPUT), and nat POSTROUTING on the way out, where marked packets are masqueraded.
 */
final class NodeStage {
    enum Outcome { PASS, REFUSED, DROPPED }

    record Result(Outcome outcome, Packet packet) {}

    private final Dataplane dp;

    NodeStage(Dataplane dp) {
        this.dp = dp;
    }

    Result enter(String node, Packet packet, boolean locallyGenerated, List<Hop> hops) {
        NodeRules rules = dp.kubeProxies().rulesOf(node);
        Set<String> local = new HashSet<>(dp.addresses().local(node));
        Packet p = packet;
        if (rules.mode() == ProxyMode.IPVS) {
            local.addAll(rules.ipvsAddresses(dp.addresses().nodeIp(node)));
            Result r = ipvs(node, rules, p, hops);
            if (r.outcome() != Outcome.PASS) {
                return r;
            }
            p = r.packet();
        }
        RuleWalk.Context ctx = context(node, local, locallyGenerated, hops);
        if (rules.mode() != ProxyMode.IPVS) {
            p = RuleWalk.run(ctx, rules.iptables().nat(), locallyGenerated ? "OUTPUT" : "PREROUTING", p).packet();
        }
        boolean toLocal = local.contains(p.dst()) || Addresses.loopback(p.dst());
        List<String> chains = locallyGenerated ? (toLocal ? List.of("OUTPUT", "INPUT") : List.of("OUTPUT"))
                : List.of(toLocal ? "INPUT" : "FORWARD");
        Table filter = rules.iptables().filter();
        for (String chain : chains) {
            RuleWalk.Verdict v = RuleWalk.run(ctx, filter, chain, p).verdict();
            if (v == RuleWalk.Verdict.REJECT) {
                return new Result(Outcome.REFUSED, p);
            }
            if (v == RuleWalk.Verdict.DROP) {
                return new Result(Outcome.DROPPED, p);
            }
        }
        return new Result(Outcome.PASS, p);
    }

    /** nat POSTROUTING as the packet leaves through the interface whose address is egressIp. */
    Packet leave(String node, Packet p, String egressIp, List<Hop> hops) {
        NodeRules rules = dp.kubeProxies().rulesOf(node);
        RuleWalk.Context ctx = context(node, dp.addresses().local(node), false, hops);
        RuleWalk.Result r = RuleWalk.run(ctx, rules.iptables().nat(), "POSTROUTING", p);
        if (r.verdict() != RuleWalk.Verdict.MASQUERADE || egressIp == null) {
            return r.packet();
        }
        Packet out = r.packet().withSource(egressIp);
        hops.add(new Hop(node + " nat KUBE-POSTROUTING", out.source(), out.destination(),
                "MASQUERADE " + p.src() + " -> " + egressIp));
        return out;
    }

    private Result ipvs(String node, NodeRules rules, Packet p, List<Hop> hops) {
        for (VirtualServer vs : rules.ipvs()) {
            if (!vs.protocol().equalsIgnoreCase(p.protocol()) || !vs.ip().equals(p.dst()) || vs.port() != p.dport()) {
                continue;
            }
            String where = node + " IPVS " + vs.key() + " rr";
            if (vs.destinations().isEmpty()) {
                hops.add(new Hop(where, p.source(), p.destination(), "no real server: nothing to forward to"));
                return new Result(Outcome.REFUSED, p);
            }
            VirtualServer.RealServer real = dp.balancer().pick(node, vs, p.src());
            Packet out = p.dnat(real.ip(), real.port());
            if (vs.masquerades(p.src())) {
                out = out.withMark(out.mark() | ProxyFacts.MASQ_MARK);
            }
            hops.add(new Hop(where, out.source(), out.destination(), "-> " + real.address() + " Masq (DNAT "
                    + p.destination() + " -> " + real.address() + ")"
                    + (vs.persistentSeconds() > 0 ? ", persistent " + vs.persistentSeconds() : "")));
            return new Result(Outcome.PASS, out);
        }
        if (rules.ipvsAddresses(dp.addresses().nodeIp(node)).contains(p.dst())) {
            hops.add(new Hop(node + " filter KUBE-IPVS-FILTER", p.source(), p.destination(),
                    "REJECT: the address is on kube-ipvs0 but no virtual server has this port"));
            return new Result(Outcome.REFUSED, p);
        }
        return new Result(Outcome.PASS, p);
    }

    private RuleWalk.Context context(String node, Set<String> local, boolean sourceLocal, List<Hop> hops) {
        return new RuleWalk.Context(node, local, sourceLocal, dp::random31, dp.state(), dp.now(), hops);
    }
}
