package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.kubectl.print.Labels;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** describeService (1.32): field order of reference §2.2; Endpoints come from the service's EndpointSlices. */
final class ServiceDescriber implements Describer {
    private static final int MAX_ENDPOINTS = 3;

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        Service svc = (Service) object;
        ServiceSpec spec = svc.spec();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + svc.metadata().name());
        w.line("Namespace:\t" + svc.metadata().namespace());
        DescribeSections.labels(w, "Labels", svc.metadata().labels());
        DescribeSections.annotations(w, svc.metadata().annotations());
        w.line("Selector:\t" + Labels.format(spec.selector()));
        w.line("Type:\t" + spec.type());
        if (spec.ipFamilyPolicy() != null) {
            w.line("IP Family Policy:\t" + spec.ipFamilyPolicy());
        }
        w.line("IP Families:\t" + (spec.ipFamilies().isEmpty() ? "<none>" : String.join(",", spec.ipFamilies())));
        w.line("IP:\t" + (spec.clusterIP() == null ? "" : spec.clusterIP()));
        w.line("IPs:\t" + (spec.clusterIPs().isEmpty() ? "<none>" : String.join(",", spec.clusterIPs())));
        if (!spec.externalIPs().isEmpty()) {
            w.line("External IPs:\t" + String.join(",", spec.externalIPs()));
        }
        if (spec.loadBalancerIP() != null && !spec.loadBalancerIP().isEmpty()) {
            w.line("Desired LoadBalancer IP:\t" + spec.loadBalancerIP());
        }
        if (spec.externalName() != null && !spec.externalName().isEmpty()) {
            w.line("External Name:\t" + spec.externalName());
        }
        if (!svc.status().loadBalancerIngress().isEmpty()) {
            w.line("LoadBalancer Ingress:\t" + ingress(svc.status().loadBalancerIngress()));
        }
        List<EndpointSlice> slices = slicesOf(svc, store);
        for (ServicePort p : spec.ports()) {
            String name = p.name().isEmpty() ? "<unset>" : p.name();
            w.line("Port:\t" + name + "\t" + p.port() + "/" + p.protocol());
            w.line("TargetPort:\t" + (p.targetPort() == null ? "0" : p.targetPort().toString()) + "/" + p.protocol());
            if (p.nodePort() != 0) {
                w.line("NodePort:\t" + name + "\t" + p.nodePort() + "/" + p.protocol());
            }
            w.line("Endpoints:\t" + endpoints(slices, p.name()));
        }
        w.line("Session Affinity:\t" + spec.sessionAffinity());
        if (spec.externalTrafficPolicy() != null && !spec.externalTrafficPolicy().isEmpty()) {
            w.line("External Traffic Policy:\t" + spec.externalTrafficPolicy());
        }
        if (spec.internalTrafficPolicy() != null) {
            w.line("Internal Traffic Policy:\t" + spec.internalTrafficPolicy());
        }
        if (spec.healthCheckNodePort() != 0) {
            w.line("HealthCheck NodePort:\t" + spec.healthCheckNodePort());
        }
        if (!spec.loadBalancerSourceRanges().isEmpty()) {
            w.line("LoadBalancer Source Ranges:\t" + String.join(",", spec.loadBalancerSourceRanges()));
        }
        DescribeSections.events(w, Describer.eventsAbout(svc, store), now);
        return w.text();
    }

    /** buildIngressString: "IP (VIP)" or the hostname, ", " between entries. */
    private static String ingress(List<LoadBalancerIngress> ingress) {
        List<String> parts = new ArrayList<>();
        for (LoadBalancerIngress i : ingress) {
            String s = i.ip() != null && !i.ip().isEmpty() ? i.ip() : i.hostname();
            parts.add(i.ipMode() == null ? s : s + " (" + i.ipMode() + ")");
        }
        return String.join(", ", parts);
    }

    private static List<EndpointSlice> slicesOf(Service svc, ObjectStore store) {
        List<EndpointSlice> out = new ArrayList<>();
        for (EndpointSlice s : store.list(EndpointSlice.class, svc.metadata().namespace())) {
            if (svc.metadata().name().equals(s.metadata().labels().get("kubernetes.io/service-name"))) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * formatEndpointSlices: ready (or unknown) endpoints of the slice port named like the service port; the
     * first three, then " + N more..." (kubectl sets "more" as soon as a fourth endpoint is seen, ready or not).
     */
    static String endpoints(List<EndpointSlice> slices, String portName) {
        if (slices.isEmpty()) {
            return "<none>";
        }
        List<String> list = new ArrayList<>();
        int[] count = {0};
        boolean[] more = {false};
        for (EndpointSlice s : slices) {
            if (s.ports().isEmpty()) {
                collect(s, -1, list, count, more);
                continue;
            }
            for (EndpointPort port : s.ports()) {
                if (portName.equals(port.name() == null ? "" : port.name())) {
                    collect(s, port.port(), list, count, more);
                }
            }
        }
        String joined = String.join(",", list);
        return more[0] ? joined + " + " + (count[0] - MAX_ENDPOINTS) + " more..." : joined;
    }

    /** port -1: a port-less (headless) slice, plain IPs. */
    private static void collect(EndpointSlice s, int port, List<String> list, int[] count, boolean[] more) {
        for (EndpointSlice.Endpoint e : s.endpoints()) {
            if (list.size() == MAX_ENDPOINTS) {
                more[0] = true;
            }
            if (ready(e)) {
                count[0]++;
                if (!more[0]) {
                    String ip = e.addresses().get(0);
                    list.add(port < 0 ? ip : hostPort(ip, port));
                }
            }
        }
    }

    private static boolean ready(EndpointSlice.Endpoint e) {
        return e.conditions() == null || e.conditions().ready();
    }

    private static String hostPort(String ip, int port) {
        return ip.contains(":") ? "[" + ip + "]:" + port : ip + ":" + port;
    }
}
