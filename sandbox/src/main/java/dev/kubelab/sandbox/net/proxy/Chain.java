package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/** A chain and its rules; policy is ACCEPT/DROP for built-in chains and null for user chains ("-"). */
public record Chain(String name, String policy, List<Rule> rules) {
    public Chain {
        rules = List.copyOf(rules);
    }

    public boolean builtin() {
        return policy != null;
    }
}
