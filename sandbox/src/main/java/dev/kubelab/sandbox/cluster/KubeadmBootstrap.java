package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Builds the starting cluster as `kubeadm init` + Calico + two `kubeadm join`s leave it, days before
 * the sandbox boots: nodes, namespaces, control-plane static pods, kubernetes and kube-dns Services,
 * CoreDNS, kube-proxy and Calico.
 */
public final class KubeadmBootstrap {
    static final NodePlan CONTROL_PLANE =
            new NodePlan(ClusterFacts.CONTROL_PLANE, ClusterFacts.CONTROL_PLANE_IP, 0, true, Duration.ZERO);
    /** kube-controller-manager starts its controllers (root CA, service accounts) soon after `kubeadm init`. */
    private static final long PUBLISHED_AFTER_INIT_SECONDS = 13;
    private static final List<NodePlan> NODES = List.of(CONTROL_PLANE,
            new NodePlan("node01", "172.30.2.2", 1, false, Duration.ofSeconds(4 * 60 + 10)),
            new NodePlan("node02", "172.30.3.2", 2, false, Duration.ofSeconds(4 * 60 + 48)));

    private KubeadmBootstrap() {
    }

    public static void bootstrap(ObjectStore store, Seed seed, Instant boot) {
        Build b = new Build(store, seed, new Timeline(boot));
        Instant controllersStarted = b.timeline().atSeconds(PUBLISHED_AFTER_INIT_SECONDS);
        Map<String, String> namespaceUids = new java.util.LinkedHashMap<>();
        for (String ns : List.of("default", "kube-node-lease", "kube-public", "kube-system")) {
            Namespace created = store.create(new Namespace(b.meta(ns, "", b.timeline().atSeconds(-2),
                    Map.of("kubernetes.io/metadata.name", ns)), "Active"));
            store.create(RootCa.configMap(ns, RootCa.derivedUid(created.metadata().uid()), controllersStarted));
            namespaceUids.put(ns, created.metadata().uid());
        }
        ObjectMeta controlPlaneMeta = null;
        for (NodePlan plan : NODES) {
            Node node = store.create(Nodes.registered(plan, seed.uid(), b.timeline().at(plan.joinedAfter())));
            if (plan.controlPlane()) {
                controlPlaneMeta = node.metadata();
            }
        }
        ControlPlanePods.install(b, CONTROL_PLANE, controlPlaneMeta);
        kubernetesService(b);
        CoreDnsAddon.install(b, CONTROL_PLANE);
        KubeProxyAddon.install(b, NODES);
        CalicoAddon.install(b, NODES, CONTROL_PLANE);
        // Slices last, so adding them left every earlier random draw (names, uids) as it was.
        EndpointSlices.install(b);
        AddonConfigMaps.install(b);
        // Service accounts last, so they moved no earlier object's resourceVersion either.
        namespaceUids.forEach((ns, uid) -> ServiceAccounts.createDefault(b, ns, uid, controllersStarted));
        ServiceAccounts.installKubeSystem(b, namespaceUids.get("kube-system"), controllersStarted);
    }

    /** When `kubeadm init` ran on the control plane, for a sandbox booted at {@code boot}. */
    public static Instant kubeadmInit(Instant boot) {
        return new Timeline(boot).at(Duration.ZERO);
    }

    /** The nodes' names and InternalIPs, in join order (for the nodes' /etc/hosts). */
    public static java.util.Map<String, String> nodeAddresses() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        NODES.forEach(n -> out.put(n.name(), n.internalIP()));
        return out;
    }

    /** How long after `kubeadm init` the node joined (zero for the control plane). */
    public static Duration joinedAfter(String node) {
        return NODES.stream().filter(n -> n.name().equals(node)).map(NodePlan::joinedAfter).findFirst()
                .orElse(Duration.ZERO);
    }

    /** default/kubernetes: first service IP, endpoints kept by the apiserver itself (no selector). */
    private static void kubernetesService(Build b) {
        Instant created = b.timeline().atSeconds(1);
        Map<String, String> labels = Map.of("component", "apiserver", "provider", "kubernetes");
        b.store().create(new Service(b.meta("kubernetes", "default", created, labels),
                new ServiceSpec("ClusterIP", ClusterFacts.KUBERNETES_SERVICE_IP,
                        List.of(ClusterFacts.KUBERNETES_SERVICE_IP),
                        List.of(new ServicePort("https", "TCP", 443, IntOrString.of(ClusterFacts.API_SERVER_PORT), 0)),
                        Map.of(), List.of(), null, "None").withSingleStackIPv4(),
                ServiceStatus.empty()));
        b.store().create(new Endpoints(b.meta("kubernetes", "default", created,
                Map.of("endpointslice.kubernetes.io/skip-mirror", "true")),
                List.of(new EndpointSubset(List.of(new EndpointAddress(ClusterFacts.CONTROL_PLANE_IP, null, null)),
                        List.of(), List.of(new EndpointPort("https", ClusterFacts.API_SERVER_PORT, "TCP"))))));
    }
}
