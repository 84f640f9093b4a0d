package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.ObjectReference;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.selector.Selector;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the endpoints controller computes for one Service: matching pods with an IP, not terminating, ready ones
 * in addresses and the rest in notReadyAddresses, ports resolved per pod (named targetPorts from the pod's
 * containerPorts); pods with the same ports share a subset. Addresses sort by IP as strings, ports by hash.
 */
public final class EndpointSubsets {
    private EndpointSubsets() {
    }

    /** Services the controllers manage: a non-empty selector and not ExternalName. */
    public static boolean selects(Service svc) {
        return !svc.spec().selector().isEmpty() && !"ExternalName".equals(svc.spec().type());
    }

    public static List<EndpointSubset> of(Service svc, ObjectStore store) {
        Selector sel = Selector.ofLabels(svc.spec().selector());
        Map<List<EndpointPort>, List<List<EndpointAddress>>> byPorts = new LinkedHashMap<>();
        for (Pod pod : store.view(Pod.class, svc.metadata().namespace())) {
            if (!sel.matches(pod.metadata().labels()) || pod.status().podIP() == null || Pods.terminating(pod)
                    || "Succeeded".equals(pod.status().phase()) || "Failed".equals(pod.status().phase())) {
                continue;
            }
            List<EndpointPort> ports = ports(svc, pod);
            if (ports.isEmpty() && !svc.spec().ports().isEmpty()) {
                continue;
            }
            ports.sort(PortOrder.INSTANCE);
            List<List<EndpointAddress>> lists = byPorts.computeIfAbsent(ports, k -> List.of(new ArrayList<>(),
                    new ArrayList<>()));
            EndpointAddress a = new EndpointAddress(pod.status().podIP(), pod.spec().nodeName(),
                    new ObjectReference("Pod", pod.metadata().namespace(), pod.metadata().name(), pod.metadata().uid()));
            lists.get(Pods.ready(pod) ? 0 : 1).add(a);
        }
        List<EndpointSubset> out = new ArrayList<>();
        byPorts.forEach((ports, lists) -> {
            lists.get(0).sort(Comparator.comparing(EndpointAddress::ip));
            lists.get(1).sort(Comparator.comparing(EndpointAddress::ip));
            out.add(new EndpointSubset(lists.get(0), lists.get(1), ports));
        });
        return out;
    }

    /** Each service port with its targetPort resolved on this pod; unresolvable named ports are skipped. */
    static List<EndpointPort> ports(Service svc, Pod pod) {
        List<EndpointPort> out = new ArrayList<>();
        for (ServicePort sp : svc.spec().ports()) {
            int port = TargetPorts.resolve(sp, pod);
            if (port > 0) {
                out.add(new EndpointPort(sp.name(), port, sp.protocol() == null ? "TCP" : sp.protocol()));
            }
        }
        return out;
    }
}
