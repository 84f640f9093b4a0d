package dev.kubelab.sandbox.api.generic;

import java.util.List;
import java.util.Locale;

/**
 * A kind kept generically: its REST names, scope and table columns. {@code custom} kinds are served only
 * while their CustomResourceDefinition (named {@link #crdName()}) exists.
 */
public record GenericType(String kindName, String group, String version, String plural, List<String> shortNames,
                          boolean namespaced, boolean custom, List<PrinterColumn> columns) {
    public GenericType {
        shortNames = List.copyOf(shortNames);
        columns = List.copyOf(columns);
    }

    /** "v1", "rbac.authorization.k8s.io/v1". */
    public String apiVersion() {
        return group.isEmpty() ? version : group + "/" + version;
    }

    public String singular() {
        return kindName.toLowerCase(Locale.ROOT);
    }

    /** "serviceaccounts", "roles.rbac.authorization.k8s.io". */
    public String qualifiedPlural() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /** What apply and `get a,b` print before the name: "serviceaccount", "ipaddresspool.metallb.io". */
    public String qualifiedLowerKind() {
        return group.isEmpty() ? singular() : singular() + "." + group;
    }

    /** The CustomResourceDefinition that serves a custom kind: "ipaddresspools.metallb.io". */
    public String crdName() {
        return plural + "." + group;
    }

    public String storeNamespace(String namespace) {
        // interned: every object of a type and namespace then shares one key string (heap per sandbox)
        return (qualifiedPlural() + "/" + (namespaced ? namespace : "")).intern();
    }

    /** The words `kubectl get WORD` accepts for this type. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(List.of(plural, singular(), qualifiedPlural(),
                qualifiedLowerKind()));
        names.addAll(shortNames);
        return names;
    }
}
