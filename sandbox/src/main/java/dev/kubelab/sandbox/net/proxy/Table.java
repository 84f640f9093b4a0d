package dev.kubelab.sandbox.net.proxy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One iptables table (filter, nat, mangle) as iptables-nft 1.8.7 lists it: built-in chains in hook order,
 * then user chains sorted by name (iptables ≥ 1.8.5 sorts them like the legacy backend did).
 */
public record Table(String name, List<Chain> chains, Map<String, Chain> byName) {
    public Table {
        chains = List.copyOf(chains);
        Map<String, Chain> index = new HashMap<>();
        chains.forEach(c -> index.put(c.name(), c));
        byName = Map.copyOf(index); // a packet's walk looks chains up by name: thousands with 1000 endpoints
    }

    public Table(String name, List<Chain> chains) {
        this(name, chains, Map.of());
    }

    public Optional<Chain> chain(String chainName) {
        return Optional.ofNullable(byName.get(chainName));
    }

    /** How many rules jump to this chain: the "(N references)" of `iptables -L`. */
    public int references(String chainName) {
        int refs = 0;
        for (Chain c : chains) {
            for (Rule r : c.rules()) {
                if (r.target() instanceof Target.Jump && ((Target.Jump) r.target()).chain().equals(chainName)) {
                    refs++;
                }
            }
        }
        return refs;
    }

    public int ruleCount() {
        return chains.stream().mapToInt(c -> c.rules().size()).sum();
    }

    /** Collects chains and rules in any order and builds the table in iptables' listing order. */
    public static final class Builder {
        private final String name;
        private final Map<String, List<Rule>> builtins = new LinkedHashMap<>();
        private final Map<String, List<Rule>> users = new TreeMap<>();

        public Builder(String name, List<String> builtinChains) {
            this.name = name;
            builtinChains.forEach(c -> builtins.put(c, new ArrayList<>()));
        }

        /** Declares a user chain (kube-proxy's ":KUBE-SVC-… - [0:0]" line), empty until rules are added. */
        public Builder chain(String chainName) {
            if (!builtins.containsKey(chainName)) {
                users.computeIfAbsent(chainName, k -> new ArrayList<>());
            }
            return this;
        }

        public Builder add(String chainName, Rule rule) {
            chain(chainName);
            (builtins.containsKey(chainName) ? builtins : users).get(chainName).add(rule);
            return this;
        }

        public Table build() {
            List<Chain> chains = new ArrayList<>();
            builtins.forEach((n, rules) -> chains.add(new Chain(n, "ACCEPT", rules)));
            users.forEach((n, rules) -> chains.add(new Chain(n, null, rules)));
            return new Table(name, chains);
        }
    }
}
