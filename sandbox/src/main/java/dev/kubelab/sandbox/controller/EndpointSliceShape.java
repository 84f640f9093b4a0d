package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.ObjectReference;
import dev.kubelab.sandbox.api.OwnerReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the EndpointSlice controller wants for one selector Service — shared with the bootstrap, which lays down
 * kube-dns's slice days before boot exactly as the controller would, so the controller adopts it unchanged.
 */
public final class EndpointSliceShape {
    static final String MANAGED_BY = "endpointslice.kubernetes.io/managed-by";
    static final String CONTROLLER = "endpointslice-controller.k8s.io";
    static final String SERVICE_NAME = "kubernetes.io/service-name";

    private EndpointSliceShape() {
    }

    /** Port set → endpoints (pods in the order listed); one placeholder entry when nothing matches. */
    static Map<List<EndpointPort>, List<EndpointSlice.Endpoint>> desired(Service svc, ObjectStore store) {
        Selector sel = Selector.ofLabels(svc.spec().selector());
        Map<List<EndpointPort>, List<EndpointSlice.Endpoint>> desired = new LinkedHashMap<>();
        for (Pod pod : store.view(Pod.class, svc.metadata().namespace())) {
            if (!sel.matches(pod.metadata().labels()) || pod.status().podIP() == null
                    || "Succeeded".equals(pod.status().phase()) || "Failed".equals(pod.status().phase())) {
                continue;
            }
            List<EndpointPort> ports = EndpointSubsets.ports(svc, pod);
            if (ports.isEmpty() && !svc.spec().ports().isEmpty()) {
                continue;
            }
            boolean serving = Pods.ready(pod);
            boolean terminating = Pods.terminating(pod);
            desired.computeIfAbsent(ports, k -> new ArrayList<>()).add(new EndpointSlice.Endpoint(
                    List.of(pod.status().podIP()), new EndpointSlice.Conditions(serving && !terminating, serving,
                    terminating), pod.spec().nodeName(), new ObjectReference("Pod", pod.metadata().namespace(),
                    pod.metadata().name(), pod.metadata().uid())));
        }
        if (desired.isEmpty()) {
            desired.put(List.of(), List.of());
        }
        return desired;
    }

    /** The service's labels + service-name + managed-by (+ headless), as setEndpointSliceLabels does. */
    static Map<String, String> labels(Service svc) {
        Map<String, String> labels = new HashMap<>(svc.metadata().labels());
        labels.put(SERVICE_NAME, svc.metadata().name());
        labels.put(MANAGED_BY, CONTROLLER);
        if ("None".equals(svc.spec().clusterIP())) {
            labels.put("service.kubernetes.io/headless", "");
        }
        return labels;
    }

    static EndpointSlice create(ObjectStore store, Seed seed, Service svc, List<EndpointPort> ports,
                                List<EndpointSlice.Endpoint> endpoints, Instant now) {
        String prefix = svc.metadata().name() + "-";
        String name;
        do {
            name = prefix + seed.nameSuffix(5);
        } while (store.get(EndpointSlice.class, svc.metadata().namespace(), name).isPresent());
        ObjectMeta meta = ObjectMeta.of(name, svc.metadata().namespace(), seed.uid(), now, labels(svc))
                .withGenerateName(prefix).withGeneration(1)
                .withOwner(new OwnerReference("v1", "Service", svc.metadata().name(), svc.metadata().uid(), true, true));
        return store.create(new EndpointSlice(meta, "IPv4", endpoints, ports));
    }

    /** Lays down every slice the controller would want for {@code svc}, created at {@code created}. */
    public static void install(ObjectStore store, Seed seed, Service svc, Instant created) {
        desired(svc, store).forEach((ports, endpoints) -> create(store, seed, svc, ports, endpoints, created));
    }
}
