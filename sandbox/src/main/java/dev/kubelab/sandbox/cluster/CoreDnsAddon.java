package dev.kubelab.sandbox.cluster;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.DeploymentStrategy;
import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.ObjectReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.api.Toleration;
import dev.kubelab.sandbox.controller.EndpointTriggerTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** kubeadm's CoreDNS addon: Deployment coredns (2 replicas) behind Service kube-dns 10.96.0.10. */
final class CoreDnsAddon {
    static final Map<String, String> SELECTOR = Map.of("k8s-app", "kube-dns");
    static final long INSTALLED_AFTER_INIT_SECONDS = 9;

    private CoreDnsAddon() {
    }

    static void install(Build b, NodePlan controlPlane) {
        Instant created = b.timeline().atSeconds(INSTALLED_AFTER_INIT_SECONDS);
        List<Container> containers = List.of(new Container("coredns", ClusterFacts.COREDNS_IMAGE, List.of(
                new ContainerPort("dns", 53, "UDP"), new ContainerPort("dns-tcp", 53, "TCP"),
                new ContainerPort("metrics", 9153, "TCP"))));
        // Created right away, they stay Pending until Calico is up, then take the block's first addresses.
        List<Toleration> tolerations = List.of(Toleration.exists("CriticalAddonsOnly", null),
                Toleration.exists(ClusterFacts.CONTROL_PLANE_ROLE, "NoSchedule"));
        // kubeadm's manifest asks for maxUnavailable 1; the API server defaults maxSurge to 25%.
        var strategy = new DeploymentStrategy("RollingUpdate", IntOrString.of("25%"), IntOrString.of(1));
        Workloads.deployment(b, "kube-system", "coredns", SELECTOR, containers, tolerations, strategy, created, List.of(
                new Workloads.Placement(controlPlane, controlPlane.podIP(2), null),
                new Workloads.Placement(controlPlane, controlPlane.podIP(3), null)));

        Map<String, String> labels = Map.of("k8s-app", "kube-dns", "kubernetes.io/cluster-service", "true",
                "kubernetes.io/name", "CoreDNS");
        ObjectMeta svcMeta = b.meta("kube-dns", "kube-system", created, labels)
                .withAnnotations(Map.of("prometheus.io/port", "9153", "prometheus.io/scrape", "true"));
        List<ServicePort> ports = List.of(
                new ServicePort("dns", "UDP", 53, IntOrString.of(53), 0),
                new ServicePort("dns-tcp", "TCP", 53, IntOrString.of(53), 0),
                new ServicePort("metrics", "TCP", 9153, IntOrString.of(9153), 0));
        b.store().create(new Service(svcMeta, new ServiceSpec("ClusterIP", ClusterFacts.DNS_SERVICE_IP,
                List.of(ClusterFacts.DNS_SERVICE_IP), ports, SELECTOR, List.of(), null, "None").withSingleStackIPv4(),
                ServiceStatus.empty()));

        b.store().create(new Endpoints(b.meta("kube-dns", "kube-system", created, labels)
                .withAnnotations(EndpointTriggerTime.stamp(Map.of(), lastReady(b))), List.of(subsetOfReadyPods(b))));
    }

    /** When the last CoreDNS pod became ready: the change that last wrote kube-dns' Endpoints. */
    private static Instant lastReady(Build b) {
        Instant last = Instant.EPOCH;
        for (Pod pod : b.store().list(Pod.class, "kube-system")) {
            if ("kube-dns".equals(pod.metadata().labels().get("k8s-app"))) {
                for (var c : pod.status().conditions()) {
                    if (c.type().equals("Ready") && c.lastTransitionTime() != null
                            && c.lastTransitionTime().isAfter(last)) {
                        last = c.lastTransitionTime();
                    }
                }
            }
        }
        return last;
    }

    /** What the endpoints controller writes: ready pod addresses sorted by IP as strings. */
    private static EndpointSubset subsetOfReadyPods(Build b) {
        List<EndpointAddress> addresses = new ArrayList<>();
        for (Pod pod : b.store().list(Pod.class, "kube-system")) {
            if ("kube-dns".equals(pod.metadata().labels().get("k8s-app"))) {
                addresses.add(new EndpointAddress(pod.status().podIP(), pod.spec().nodeName(),
                        new ObjectReference("Pod", "kube-system", pod.metadata().name(), pod.metadata().uid())));
            }
        }
        addresses.sort(Comparator.comparing(EndpointAddress::ip));
        // Port order as a real kube-dns Endpoints object lists it.
        return new EndpointSubset(addresses, List.of(), List.of(new EndpointPort("dns-tcp", 53, "TCP"),
                new EndpointPort("dns", 53, "UDP"), new EndpointPort("metrics", 9153, "TCP")));
    }
}
