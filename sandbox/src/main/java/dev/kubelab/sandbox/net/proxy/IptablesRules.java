package dev.kubelab.sandbox.net.proxy;

import java.util.List;
import java.util.Optional;

/** A node's iptables tables in iptables-save order (mangle, filter, nat). */
public record IptablesRules(List<Table> tables) {
    public IptablesRules {
        tables = List.copyOf(tables);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Table nat() {
        return table("nat").orElseThrow();
    }

    public Table filter() {
        return table("filter").orElseThrow();
    }
}
