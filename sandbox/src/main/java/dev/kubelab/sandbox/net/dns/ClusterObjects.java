package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What CoreDNS's informers see: namespaces, Services and their EndpointSlices (read from the store). */
final class ClusterObjects {
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    /**
     * One endpoint address with the ports its slice lists, and its DNS label: the pod's spec.hostname when
     * the pod's spec.subdomain names this Service, else the dashed IP (CoreDNS endpointHostname).
     */
    record Endpoint(String ip, List<EndpointPort> ports, String label) {}

    private final ObjectStore store;

    ClusterObjects(ObjectStore store) {
        this.store = store;
    }

    boolean namespaceExists(String name) {
        return store.get(Namespace.class, "", name).isPresent();
    }

    Optional<Service> service(String namespace, String name) {
        return store.get(Service.class, namespace, name);
    }

    List<Service> services() {
        return store.list(Service.class, null);
    }

    static boolean headless(Service svc) {
        return "None".equals(svc.spec().clusterIP());
    }

    static boolean externalName(Service svc) {
        return "ExternalName".equals(svc.spec().type());
    }

    /** The slices the EndpointSlice controller (or the apiserver, for kubernetes) keeps for a Service. */
    List<EndpointSlice> slices(Service svc) {
        List<EndpointSlice> out = new ArrayList<>();
        for (EndpointSlice s : store.list(EndpointSlice.class, svc.metadata().namespace())) {
            if (svc.metadata().name().equals(s.metadata().labels().get(SERVICE_NAME_LABEL))) {
                out.add(s);
            }
        }
        return out;
    }

    /** Ready endpoints (or every non-terminating one with publishNotReadyAddresses), one per distinct IP. */
    List<Endpoint> readyEndpoints(Service svc) {
        boolean publishNotReady = svc.spec().publishNotReadyAddresses();
        List<Endpoint> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (EndpointSlice slice : slices(svc)) {
            for (EndpointSlice.Endpoint e : slice.endpoints()) {
                EndpointSlice.Conditions c = e.conditions();
                boolean usable = c.ready() || (publishNotReady && !c.terminating());
                if (usable && !e.addresses().isEmpty() && seen.add(e.addresses().get(0))) {
                    out.add(new Endpoint(e.addresses().get(0), slice.ports(), label(svc, e)));
                }
            }
        }
        return out;
    }

    /** The endpoint's name under the Service: hostname for a pod that set hostname + subdomain=service. */
    String label(Service svc, EndpointSlice.Endpoint e) {
        String ip = e.addresses().isEmpty() ? "" : e.addresses().get(0);
        if (e.targetRef() != null && "Pod".equals(e.targetRef().kind())) {
            Optional<Pod> pod = store.get(Pod.class, svc.metadata().namespace(), e.targetRef().name());
            if (pod.isPresent() && pod.get().spec().hostname() != null
                    && svc.metadata().name().equals(pod.get().spec().subdomain())) {
                return pod.get().spec().hostname();
            }
        }
        return DnsNames.dashed(ip);
    }

    /** The SOA serial: CoreDNS uses the time its informers last saw a change (approximated by creations). */
    long serial(Instant fallback) {
        Instant last = fallback;
        for (Service s : services()) {
            last = later(last, s.metadata().creationTimestamp());
        }
        for (EndpointSlice s : store.list(EndpointSlice.class, null)) {
            last = later(last, s.metadata().creationTimestamp());
        }
        return last.getEpochSecond();
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
