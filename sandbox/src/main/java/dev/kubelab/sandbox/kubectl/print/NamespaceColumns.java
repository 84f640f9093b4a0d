package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Namespace;

import java.time.Instant;
import java.util.List;

/** printNamespace: NAME STATUS AGE. */
public final class NamespaceColumns implements ColumnSet<Namespace> {

    @Override
    public List<String> headers(boolean wide) {
        return List.of("NAME", "STATUS", "AGE");
    }

    @Override
    public List<String> row(Namespace ns, Instant now, boolean wide) {
        return List.of(ns.metadata().name(), ns.phase(), ColumnSet.age(ns.metadata().creationTimestamp(), now));
    }
}
