package dev.kubelab.sandbox.api;

/** The kinds the simulated API server serves, with their REST names. */
public enum Kind {
    NAMESPACE("Namespace", "", "namespaces", false, Namespace.class),
    NODE("Node", "", "nodes", false, Node.class),
    POD("Pod", "", "pods", true, Pod.class),
    SERVICE("Service", "", "services", true, Service.class),
    ENDPOINTS("Endpoints", "", "endpoints", true, Endpoints.class),
    DEPLOYMENT("Deployment", "apps", "deployments", true, Deployment.class),
    REPLICASET("ReplicaSet", "apps", "replicasets", true, ReplicaSet.class),
    DAEMONSET("DaemonSet", "apps", "daemonsets", true, DaemonSet.class),
    STATEFULSET("StatefulSet", "apps", "statefulsets", true, StatefulSet.class),
    REPLICATIONCONTROLLER("ReplicationController", "", "replicationcontrollers", true, ReplicationController.class),
    ENDPOINTSLICE("EndpointSlice", "discovery.k8s.io", "endpointslices", true, EndpointSlice.class),
    CONFIGMAP("ConfigMap", "", "configmaps", true, ConfigMap.class),
    EVENT("Event", "", "events", true, Event.class),
    /** Every kind kept as a {@link GenericObject} (its own type says which): no REST names of its own here. */
    GENERIC("", "", "", true, GenericObject.class);

    private final String kindName;
    private final String group;
    private final String plural;
    private final boolean namespaced;
    private final Class<? extends KubeObject> type;

    Kind(String kindName, String group, String plural, boolean namespaced, Class<? extends KubeObject> type) {
        this.kindName = kindName;
        this.group = group;
        this.plural = plural;
        this.namespaced = namespaced;
        this.type = type;
    }

    public static Kind of(Class<? extends KubeObject> type) {
        for (Kind k : values()) {
            if (k.type == type) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a served kind: " + type);
    }

    /** "Pod", "Deployment". */
    public String kindName() {
        return kindName;
    }

    public boolean namespaced() {
        return namespaced;
    }

    /** The API group: "" for the core group, "apps", "discovery.k8s.io". */
    public String group() {
        return group;
    }

    /** What error messages call the resource: "pods", "deployments.apps". */
    public String qualifiedPlural() {
        return group.isEmpty() ? plural : plural + "." + group;
    }

    /** What `kubectl get a,b` prefixes names with: "pod", "deployment.apps". */
    public String qualifiedLowerKind() {
        String lower = kindName.toLowerCase(java.util.Locale.ROOT);
        return group.isEmpty() ? lower : lower + "." + group;
    }

    public Class<? extends KubeObject> type() {
        return type;
    }

    public String plural() {
        return plural;
    }
}
