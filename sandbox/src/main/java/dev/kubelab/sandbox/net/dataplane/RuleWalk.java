package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.proxy.Chain;
import dev.kubelab.sandbox.net.proxy.Match;
import dev.kubelab.sandbox.net.proxy.Rule;
import dev.kubelab.sandbox.net.proxy.Table;
import dev.kubelab.sandbox.net.proxy.Target;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Netfilter's traversal of one table for one packet: rules in order, matches in order (so a `statistic` draw
 * happens only when the earlier matches held), jumps into user chains and back on RETURN, built-in policy
 * ACCEPT at the end. Each target that fires becomes a hop; MARK changes the packet and goes on.
 */
final class RuleWalk {
    enum Verdict { ACCEPT, DROP, REJECT, MASQUERADE }

    record Result(Verdict verdict, Packet packet) {}

    /** What the walk needs from the node and the dataplane. */
    record Context(String node, Set<String> localAddresses, boolean sourceLocal, IntSupplier random31,
                   ProxyState state, java.time.Instant now, List<Hop> hops) {}

    private static final int MAX_DEPTH = 32;

    private final Context ctx;
    private Packet packet;

    private RuleWalk(Context ctx, Packet packet) {
        this.ctx = ctx;
        this.packet = packet;
    }

    static Result run(Context ctx, Table table, String builtinChain, Packet packet) {
        RuleWalk walk = new RuleWalk(ctx, packet);
        Verdict v = walk.chain(table, builtinChain, 0);
        return new Result(v == null ? Verdict.ACCEPT : v, walk.packet);
    }

    /** The chain's verdict, or null when it fell off the end / RETURNed (continue in the caller). */
    private Verdict chain(Table table, String name, int depth) {
        Chain chain = table.chain(name).orElse(null);
        if (chain == null || depth > MAX_DEPTH) {
            return null;
        }
        for (Rule rule : chain.rules()) {
            if (!matches(rule)) {
                continue;
            }
            Target t = rule.target();
            String where = ctx.node() + " " + table.name() + " " + name;
            if (t instanceof Target.Jump) {
                String to = ((Target.Jump) t).chain();
                if (to.equals("RETURN")) {
                    return null;
                }
                if (to.equals("ACCEPT")) {
                    return Verdict.ACCEPT;
                }
                if (to.equals("DROP")) {
                    hop(where, "DROP" + comment(rule));
                    return Verdict.DROP;
                }
                int hopsBefore = ctx.hops().size();
                Packet before = packet;
                if (table.name().equals("nat")) {
                    hop(where, "-j " + to + comment(rule) + chance(rule));
                }
                Verdict v = chain(table, to, depth + 1);
                if (v != null) {
                    return v;
                }
                if (packet.equals(before)) {
                    // A chain that changed nothing (e.g. KUBE-SERVICES for a plain pod IP) is not worth a hop.
                    ctx.hops().subList(hopsBefore, ctx.hops().size()).clear();
                }
            } else if (t instanceof Target.Dnat) {
                Target.Dnat d = (Target.Dnat) t;
                String before = packet.destination();
                packet = packet.dnat(d.ip(), d.port());
                hop(where, "DNAT " + before + " -> " + d.destination());
                return Verdict.ACCEPT;
            } else if (t instanceof Target.SetMark) {
                Target.SetMark m = (Target.SetMark) t;
                int before = packet.mark();
                packet = packet.withMark((packet.mark() & ~m.mask()) ^ m.value());
                if (table.name().equals("nat") && packet.mark() != before) {
                    hop(where, "MARK 0x" + Integer.toHexString(packet.mark()) + ": masquerade on the way out");
                }
            } else if (t instanceof Target.Reject) {
                hop(where, "REJECT" + comment(rule) + " " + ((Target.Reject) t).with());
                return Verdict.REJECT;
            } else if (t instanceof Target.Masquerade) {
                return Verdict.MASQUERADE;
            }
        }
        return null;
    }

    private boolean matches(Rule r) {
        if (r.source() != null && !r.source().matches(packet.src())) {
            return false;
        }
        if (r.destination() != null && !r.destination().matches(packet.dst())) {
            return false;
        }
        if (r.protocol() != null && !r.protocol().equals(packet.protocol())) {
            return false;
        }
        for (Match m : r.matches()) {
            if (!matches(m)) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(Match m) {
        if (m instanceof Match.Comment) {
            return true;
        }
        if (m instanceof Match.Port) {
            Match.Port p = (Match.Port) m;
            return p.protocol().equals(packet.protocol()) && (p.dport() == 0 || p.dport() == packet.dport());
        }
        if (m instanceof Match.AddrType) {
            Match.AddrType a = (Match.AddrType) m;
            return a.source() ? ctx.sourceLocal() : ctx.localAddresses().contains(packet.dst());
        }
        if (m instanceof Match.Statistic) {
            return ((Match.Statistic) m).probability().hits(ctx.random31().getAsInt());
        }
        if (m instanceof Match.Recent) {
            Match.Recent r = (Match.Recent) m;
            if (r.set()) {
                ctx.state().recentSet(ctx.node(), r.name(), packet.src(), ctx.now());
                return true;
            }
            return ctx.state().recentlySeen(ctx.node(), r.name(), packet.src(), r.seconds(), ctx.now());
        }
        if (m instanceof Match.Mark) {
            Match.Mark k = (Match.Mark) m;
            return ((packet.mark() & k.mask()) == k.value()) != k.inverted();
        }
        if (m instanceof Match.Conntrack) {
            Match.Conntrack c = (Match.Conntrack) m;
            List<String> states = Arrays.asList(c.states().split(","));
            boolean hit = states.contains("NEW") || (packet.dnatted() && states.contains("DNAT"));
            return hit != c.inverted();
        }
        return false; // ipsets (IPVS mode) are not evaluated here: the IPVS path decides on its own
    }

    private void hop(String where, String note) {
        ctx.hops().add(new Hop(where, packet.source(), packet.destination(), note));
    }

    private static String comment(Rule r) {
        return r.comment() == null ? "" : " /* " + r.comment() + " */";
    }

    private static String chance(Rule r) {
        for (Match m : r.matches()) {
            if (m instanceof Match.Statistic) {
                return " (random, probability " + ((Match.Statistic) m).probability().text() + ")";
            }
            if (m instanceof Match.Recent && !((Match.Recent) m).set()) {
                return " (ClientIP affinity: this client was here before)";
            }
        }
        return "";
    }
}
