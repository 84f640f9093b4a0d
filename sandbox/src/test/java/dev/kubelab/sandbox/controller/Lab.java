package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.PodSpec;
import dev.kubelab.sandbox.api.PodStatus;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.api.WorkloadStatus;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.controller.defaults.DeploymentDefaults;
import dev.kubelab.sandbox.controller.defaults.PodDefaults;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A booted cluster with its controllers and a hand-driven clock, for controller tests. */
final class Lab {
    static final Instant BOOT = Instant.parse("2025-01-01T00:00:00Z");
    final ObjectStore store = new ObjectStore();
    final Seed seed;
    final ControllerManager manager;
    Instant now = BOOT;

    Lab(long seedValue) {
        seed = new Seed(seedValue);
        KubeadmBootstrap.bootstrap(store, seed, BOOT);
        manager = ControllerManager.create(store, seed);
        manager.reconcile(now);
    }

    Lab() {
        this(42);
    }

    /** Moves the clock forward in 1s steps, reconciling at each. */
    void after(long seconds) {
        Instant to = now.plusSeconds(seconds);
        manager.runUntil(now, to, Duration.ofSeconds(1));
        now = to;
    }

    void settle() {
        manager.reconcile(now);
    }

    Deployment deploy(String name, int replicas, String image) {
        return deploy(name, replicas, new Container(name.replaceAll("-.*", ""), image,
                List.of(new ContainerPort(null, 80, "TCP"))));
    }

    Deployment deploy(String name, int replicas, Container container) {
        Map<String, String> labels = Map.of("app", name);
        Deployment d = DeploymentDefaults.apply(new Deployment(
                ObjectMeta.of(name, "default", seed.uid(), now, labels).withGeneration(1), replicas,
                new LabelSelector(labels), new PodTemplateSpec(labels, new PodSpec(null, false, List.of(container))),
                WorkloadStatus.EMPTY));
        store.create(d);
        settle();
        return deployment(name);
    }

    Deployment deployment(String name) {
        return store.get(Deployment.class, "default", name).orElseThrow();
    }

    void update(Deployment d) {
        store.update(d.withMetadata(d.metadata().withGeneration(d.metadata().generation() + 1)));
        settle();
    }

    Pod pod(String name, Map<String, String> labels, Container... containers) {
        Pod p = store.create(new Pod(ObjectMeta.of(name, "default", seed.uid(), now, labels),
                PodDefaults.apply(new PodSpec(null, false, List.of(containers))), PodStatus.pending()));
        settle();
        return p;
    }

    Service service(String name, Map<String, String> selector, ServicePort... ports) {
        Service s = store.create(new Service(ObjectMeta.of(name, "default", seed.uid(), now, Map.of("app", name)),
                new ServiceSpec("ClusterIP", "10.96.100.1", List.of("10.96.100.1"), List.of(ports), selector,
                        List.of(), null, "None"), ServiceStatus.empty()));
        settle();
        return s;
    }

    static ServicePort port(int port, IntOrString target) {
        return new ServicePort("", "TCP", port, target, 0);
    }

    List<Pod> pods(String prefix) {
        return store.list(Pod.class, "default").stream().filter(p -> p.metadata().name().startsWith(prefix))
                .collect(Collectors.toList());
    }

    List<dev.kubelab.sandbox.api.EndpointSlice> slices(String service) {
        return store.list(dev.kubelab.sandbox.api.EndpointSlice.class, "default").stream()
                .filter(s -> service.equals(s.metadata().labels().get("kubernetes.io/service-name")))
                .collect(Collectors.toList());
    }

    List<String> events(String objectName) {
        return store.list(Event.class, null).stream()
                .filter(e -> e.involvedObject().name().equals(objectName))
                .sorted(java.util.Comparator.comparing(Event::firstTimestamp))
                .map(e -> e.reason() + ": " + e.message()).collect(Collectors.toList());
    }
}
