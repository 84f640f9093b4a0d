package dev.kubelab.sandbox.net.proxy;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Services and EndpointSlices the way kube-proxy's change trackers do. Headless and ExternalName services
 * have no IP and get nothing; endpoints come from the slices labelled kubernetes.io/service-name, matched to the
 * service port by port name and protocol, de-duplicated and sorted by "ip:port".
 */
public final class ServicePorts {
    static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";
    static final int DEFAULT_AFFINITY_SECONDS = 10800;

    private ServicePorts() {
    }

    /** Every proxied service port, services in creation order (then namespace/name), ports in spec order. */
    public static List<ServicePortInfo> read(ObjectStore store) {
        List<Service> services = new ArrayList<>(store.list(Service.class, null));
        services.sort(Comparator.comparing((Service s) -> s.metadata().creationTimestamp(),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        List<EndpointSlice> slices = store.list(EndpointSlice.class, null);
        List<ServicePortInfo> out = new ArrayList<>();
        for (Service svc : services) {
            String ip = svc.spec().clusterIP();
            if ("ExternalName".equals(svc.spec().type()) || ip == null || ip.isEmpty() || "None".equals(ip)) {
                continue;
            }
            for (ServicePort port : svc.spec().ports()) {
                out.add(info(svc, port, endpointsFor(svc, port, slices)));
            }
        }
        return out;
    }

    private static ServicePortInfo info(Service svc, ServicePort port, List<ProxyEndpoint> endpoints) {
        var spec = svc.spec();
        String type = spec.type() == null ? "ClusterIP" : spec.type();
        boolean exposesNodePort = type.equals("NodePort") || type.equals("LoadBalancer");
        List<String> lbIPs = new ArrayList<>();
        if (type.equals("LoadBalancer")) {
            for (LoadBalancerIngress ingress : svc.status().loadBalancerIngress()) {
                if (ingress.ip() != null && !ingress.ip().isEmpty()) {
                    lbIPs.add(ingress.ip());
                }
            }
        }
        int affinity = 0;
        if ("ClientIP".equals(spec.sessionAffinity())) {
            affinity = DEFAULT_AFFINITY_SECONDS;
            if (spec.sessionAffinityConfig() != null && spec.sessionAffinityConfig().clientIP() != null
                    && spec.sessionAffinityConfig().clientIP().timeoutSeconds() != null) {
                affinity = spec.sessionAffinityConfig().clientIP().timeoutSeconds();
            }
        }
        String protocol = port.protocol() == null ? "TCP" : port.protocol();
        return new ServicePortInfo(svc.metadata().namespace(), svc.metadata().name(), port.name(), protocol,
                spec.clusterIP(), port.port(), exposesNodePort ? port.nodePort() : 0, spec.externalIPs(), lbIPs,
                "Local".equals(spec.internalTrafficPolicy()), "Local".equals(spec.externalTrafficPolicy()),
                affinity, endpoints, svc.metadata().creationTimestamp());
    }

    private static List<ProxyEndpoint> endpointsFor(Service svc, ServicePort port, List<EndpointSlice> slices) {
        String protocol = port.protocol() == null ? "TCP" : port.protocol();
        Map<String, ProxyEndpoint> byAddress = new LinkedHashMap<>();
        for (EndpointSlice slice : slices) {
            if (!slice.metadata().namespace().equals(svc.metadata().namespace())
                    || !svc.metadata().name().equals(slice.metadata().labels().get(SERVICE_NAME_LABEL))) {
                continue;
            }
            for (EndpointPort ep : slice.ports()) {
                String epProtocol = ep.protocol() == null ? "TCP" : ep.protocol();
                String epName = ep.name() == null ? "" : ep.name();
                if (!epName.equals(port.name()) || !epProtocol.equalsIgnoreCase(protocol)) {
                    continue;
                }
                for (EndpointSlice.Endpoint e : slice.endpoints()) {
                    EndpointSlice.Conditions c = e.conditions();
                    for (String address : e.addresses()) {
                        ProxyEndpoint pe = new ProxyEndpoint(address, ep.port(), e.nodeName(),
                                c == null || c.ready(), c == null || c.serving(), c != null && c.terminating());
                        byAddress.putIfAbsent(pe.address(), pe);
                    }
                }
            }
        }
        List<ProxyEndpoint> out = new ArrayList<>(byAddress.values());
        out.sort(Comparator.comparing(ProxyEndpoint::address));
        return out;
    }
}
