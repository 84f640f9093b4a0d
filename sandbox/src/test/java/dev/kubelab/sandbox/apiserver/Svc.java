package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.ServiceSpec;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.api.SessionAffinityConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Service as a client would send it: only what the test sets, everything else unset. */
final class Svc {
    private final String name;
    private String type;
    private String clusterIP;
    private final List<ServicePort> ports = new ArrayList<>();
    private final Map<String, String> selector = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<String> externalIPs = new ArrayList<>();
    private final List<String> sourceRanges = new ArrayList<>();
    private String externalName;
    private String sessionAffinity;
    private SessionAffinityConfig affinityConfig;
    private String externalTrafficPolicy;
    private String internalTrafficPolicy;
    private List<String> ipFamilies = List.of();
    private String ipFamilyPolicy;
    private Boolean allocateLbNodePorts;
    private String lbClass;
    private int healthCheckNodePort;

    private Svc(String name) {
        this.name = name;
    }

    static Svc named(String name) {
        return new Svc(name);
    }

    Svc type(String t) { type = t; return this; }
    Svc clusterIP(String ip) { clusterIP = ip; return this; }
    Svc port(int port) { return port("", port, 0); }
    Svc port(String n, int port, int nodePort) { ports.add(new ServicePort(n, null, port, null, nodePort)); return this; }
    Svc port(ServicePort p) { ports.add(p); return this; }
    Svc selector(String k, String v) { selector.put(k, v); return this; }
    Svc label(String k, String v) { labels.put(k, v); return this; }
    Svc externalIP(String ip) { externalIPs.add(ip); return this; }
    Svc sourceRange(String cidr) { sourceRanges.add(cidr); return this; }
    Svc externalName(String n) { externalName = n; return this; }
    Svc sessionAffinity(String a) { sessionAffinity = a; return this; }
    Svc affinityTimeout(int seconds) { affinityConfig = SessionAffinityConfig.timeout(seconds); return this; }
    Svc externalTrafficPolicy(String p) { externalTrafficPolicy = p; return this; }
    Svc internalTrafficPolicy(String p) { internalTrafficPolicy = p; return this; }
    Svc ipFamilies(String... f) { ipFamilies = List.of(f); return this; }
    Svc ipFamilyPolicy(String p) { ipFamilyPolicy = p; return this; }
    Svc allocateLoadBalancerNodePorts(boolean b) { allocateLbNodePorts = b; return this; }
    Svc loadBalancerClass(String c) { lbClass = c; return this; }
    Svc healthCheckNodePort(int p) { healthCheckNodePort = p; return this; }

    static ServicePort tcp(String name, int port, IntOrString target) {
        return new ServicePort(name, "TCP", port, target, 0);
    }

    Service build() {
        ServiceSpec spec = new ServiceSpec(ports, selector, clusterIP, List.of(), type, externalIPs, sessionAffinity,
                null, sourceRanges, externalName, externalTrafficPolicy, healthCheckNodePort, false, affinityConfig,
                ipFamilies, ipFamilyPolicy, allocateLbNodePorts, lbClass, internalTrafficPolicy);
        return new Service(ObjectMeta.of(name, "default", null, null, labels), spec, ServiceStatus.empty());
    }
}
