package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.proxy.Chain;
import dev.kubelab.sandbox.net.proxy.Rule;
import dev.kubelab.sandbox.net.proxy.RuleText;
import dev.kubelab.sandbox.net.proxy.Table;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Optional;

/**
 * iptables v1.8.7 (nf_tables) on a node: -L and -S of a table or chain. Changing rules by hand is not
 * simulated (kube-proxy would rewrite them at its next sync anyway), so those commands say so.
 */
final class Iptables implements Builtin {
    private static final String PROG = "iptables v1.8.7 (nf_tables): ";
    private static final String TRY = "Try `iptables -h' or 'iptables --help' for more information.";

    private final NodeTools tools;

    Iptables(NodeTools tools) {
        this.tools = tools;
    }

    @Override
    public String name() {
        return "iptables";
    }

    @Override
    public int run(List<String> args, Streams io) {
        IptablesArgs a = IptablesArgs.parse(args);
        if (a.error != null) {
            io.err().println(PROG + a.error);
            io.err().println(TRY);
            return 2;
        }
        if (a.version) {
            io.out().println("iptables v1.8.7 (nf_tables)");
            return 0;
        }
        if (a.help) {
            io.out().println("iptables v1.8.7\n\nUsage: iptables -[ACD] chain rule-specification [options]\n"
                    + "       iptables -L [chain [rulenum]] [options]\n       iptables -S [chain [rulenum]]\n\n"
                    + "In this lab: iptables [-t table] -L [chain] [-n] [-v] [--line-numbers], iptables -S [chain]");
            return 0;
        }
        if (a.command == 0) {
            io.err().println(PROG + "no command specified");
            io.err().println(TRY);
            return 2;
        }
        Optional<Table> table = tools.rules().iptables().table(a.table);
        if (table.isEmpty()) {
            io.err().println(PROG + "table '" + a.table + "' does not exist");
            io.err().println("Perhaps iptables or your kernel needs to be upgraded.");
            return 3;
        }
        if (IptablesArgs.CHANGING.indexOf(a.command) >= 0) {
            io.err().println("iptables: changing rules by hand is not simulated in this lab; kube-proxy writes them"
                    + " from Services and EndpointSlices (and would rewrite them at its next sync).");
            return 1;
        }
        List<Chain> chains = table.get().chains();
        if (a.chain != null) {
            Optional<Chain> one = table.get().chain(a.chain);
            if (one.isEmpty()) {
                io.err().println("iptables: No chain/target/match by that name.");
                return 1;
            }
            chains = List.of(one.get());
        }
        io.out().print(a.command == 'S' ? rules(chains, a.verbose) : listing(table.get(), chains, a));
        return 0;
    }

    private static String listing(Table table, List<Chain> chains, IptablesArgs a) {
        RuleListing.Format f = new RuleListing.Format(a.numeric, a.verbose, a.lineNumbers);
        StringBuilder out = new StringBuilder();
        for (Chain c : chains) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(RuleListing.chain(table, c, f));
        }
        return out.toString();
    }

    /** -S: policies (-P) and chain declarations (-N) first, then every rule as iptables-save writes it. */
    private static String rules(List<Chain> chains, boolean counters) {
        StringBuilder out = new StringBuilder();
        for (Chain c : chains) {
            out.append(c.builtin() ? "-P " + c.name() + " " + c.policy() + (counters ? " -c 0 0" : "")
                    : "-N " + c.name()).append('\n');
        }
        for (Chain c : chains) {
            for (Rule r : c.rules()) {
                String line = RuleText.save(c.name(), r);
                String head = "-A " + c.name();
                out.append(counters ? head + " -c 0 0" + line.substring(head.length()) : line).append('\n');
            }
        }
        return out.toString();
    }
}
