package dev.kubelab.sandbox.api.generic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The generic kinds the API server knows: a few built-in ones it does not model, and MetalLB's custom ones. */
public final class GenericTypes {
    private static final PrinterColumn AGE = PrinterColumn.of("AGE", PrinterColumn.AGE);
    private static final PrinterColumn CREATED_AT = PrinterColumn.of("CREATED AT", PrinterColumn.CREATED_AT);
    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final String METALLB = "metallb.io";

    public static final GenericType CRD = builtIn("CustomResourceDefinition", "apiextensions.k8s.io",
            "customresourcedefinitions", List.of("crd", "crds"), false, List.of(CREATED_AT));
    public static final GenericType IP_ADDRESS_POOL = metallb("IPAddressPool", "v1beta1", "ipaddresspools",
            List.of(PrinterColumn.of("AUTO ASSIGN", ".spec.autoAssign"),
                    PrinterColumn.of("AVOID BUGGY IPS", ".spec.avoidBuggyIPs"),
                    PrinterColumn.of("ADDRESSES", ".spec.addresses")));
    public static final GenericType L2_ADVERTISEMENT = metallb("L2Advertisement", "v1beta1", "l2advertisements",
            List.of(PrinterColumn.of("IPADDRESSPOOLS", ".spec.ipAddressPools"),
                    PrinterColumn.of("IPADDRESSPOOL SELECTORS", ".spec.ipAddressPoolSelectors"),
                    PrinterColumn.of("INTERFACES", ".spec.interfaces"),
                    PrinterColumn.wide("NODE SELECTORS", ".spec.nodeSelectors")));
    public static final GenericType SERVICE_L2_STATUS = metallb("ServiceL2Status", "v1beta1", "servicel2statuses",
            List.of(PrinterColumn.of("ALLOCATED NODE", ".status.node"),
                    PrinterColumn.of("SERVICE NAME", ".status.serviceName"),
                    PrinterColumn.of("SERVICE NAMESPACE", ".status.serviceNamespace")));

    public static final GenericType SERVICE_ACCOUNT = builtIn("ServiceAccount", "", "serviceaccounts", List.of("sa"),
            true, List.of(PrinterColumn.of("SECRETS", PrinterColumn.COUNT + ".secrets"), AGE));

    private static final List<GenericType> ALL = List.of(CRD, SERVICE_ACCOUNT,
            builtIn("Secret", "", "secrets", List.of(), true, List.of(PrinterColumn.of("TYPE", ".type"),
                    PrinterColumn.of("DATA", PrinterColumn.COUNT + ".data"), AGE)),
            builtIn("Role", RBAC, "roles", List.of(), true, List.of(CREATED_AT)),
            builtIn("ClusterRole", RBAC, "clusterroles", List.of(), false, List.of(CREATED_AT)),
            builtIn("RoleBinding", RBAC, "rolebindings", List.of(), true,
                    List.of(PrinterColumn.of("ROLE", PrinterColumn.ROLE_REF), AGE)),
            builtIn("ClusterRoleBinding", RBAC, "clusterrolebindings", List.of(), false,
                    List.of(PrinterColumn.of("ROLE", PrinterColumn.ROLE_REF), AGE)),
            builtIn("ValidatingWebhookConfiguration", "admissionregistration.k8s.io",
                    "validatingwebhookconfigurations", List.of(), false,
                    List.of(PrinterColumn.of("WEBHOOKS", PrinterColumn.COUNT + ".webhooks"), AGE)),
            metallb("BFDProfile", "v1beta1", "bfdprofiles",
                    List.of(PrinterColumn.of("PASSIVE MODE", ".spec.passiveMode"),
                            PrinterColumn.of("TRANSMIT INTERVAL", ".spec.transmitInterval"),
                            PrinterColumn.of("RECEIVE INTERVAL", ".spec.receiveInterval"),
                            PrinterColumn.of("MULTIPLIER", ".spec.detectMultiplier"))),
            metallb("BGPAdvertisement", "v1beta1", "bgpadvertisements",
                    List.of(PrinterColumn.of("IPADDRESSPOOLS", ".spec.ipAddressPools"),
                            PrinterColumn.of("IPADDRESSPOOL SELECTORS", ".spec.ipAddressPoolSelectors"),
                            PrinterColumn.of("PEERS", ".spec.peers"),
                            PrinterColumn.wide("NODE SELECTORS", ".spec.nodeSelectors"))),
            metallb("BGPPeer", "v1beta2", "bgppeers",
                    List.of(PrinterColumn.of("ADDRESS", ".spec.peerAddress"),
                            PrinterColumn.of("ASN", ".spec.peerASN"),
                            PrinterColumn.of("BFD PROFILE", ".spec.bfdProfile"),
                            PrinterColumn.of("MULTI HOPS", ".spec.ebgpMultiHop"))),
            metallb("Community", "v1beta1", "communities", List.of(AGE)),
            IP_ADDRESS_POOL, L2_ADVERTISEMENT, SERVICE_L2_STATUS);

    private GenericTypes() {
    }

    private static GenericType builtIn(String kind, String group, String plural, List<String> shortNames,
                                       boolean namespaced, List<PrinterColumn> columns) {
        return new GenericType(kind, group, "v1", plural, shortNames, namespaced, false, columns);
    }

    private static GenericType metallb(String kind, String version, String plural, List<PrinterColumn> columns) {
        return new GenericType(kind, METALLB, version, plural, List.of(), true, true, columns);
    }

    public static List<GenericType> all() {
        return ALL;
    }

    /** The type of an apiVersion + kind pair as a manifest names it. */
    public static Optional<GenericType> find(String apiVersion, String kind) {
        for (GenericType t : ALL) {
            if (t.kindName().equals(kind) && t.apiVersion().equals(apiVersion)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type a word typed after `kubectl get` means ("ipaddresspools", "sa", "roles.rbac.authorization.k8s.io"). */
    public static Optional<GenericType> named(String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        for (GenericType t : ALL) {
            if (t.names().contains(lower)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
