package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.LoadBalancerIngress;
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

/**
 * A Service being worked on by the registry, mutable like the Go struct the REST strategy edits in place. Built
 * from a record, turned back into one at the end. A null selector means "not given".
 */
final class ServiceDraft {
    ObjectMeta metadata;
    List<ServicePort> ports;
    Map<String, String> selector;
    String clusterIP;
    List<String> clusterIPs;
    String type;
    List<String> externalIPs;
    String sessionAffinity;
    String loadBalancerIP;
    List<String> loadBalancerSourceRanges;
    String externalName;
    String externalTrafficPolicy;
    int healthCheckNodePort;
    boolean publishNotReadyAddresses;
    SessionAffinityConfig sessionAffinityConfig;
    List<String> ipFamilies;
    String ipFamilyPolicy;
    Boolean allocateLoadBalancerNodePorts;
    String loadBalancerClass;
    String internalTrafficPolicy;
    List<LoadBalancerIngress> ingress;

    static ServiceDraft of(Service svc) {
        ServiceDraft d = new ServiceDraft();
        ServiceSpec s = svc.spec();
        d.metadata = svc.metadata();
        d.ports = new ArrayList<>(s.ports());
        d.selector = new LinkedHashMap<>(s.selector());
        d.clusterIP = emptyToNull(s.clusterIP());
        d.clusterIPs = new ArrayList<>(s.clusterIPs());
        d.type = s.type();
        d.externalIPs = new ArrayList<>(s.externalIPs());
        d.sessionAffinity = s.sessionAffinity();
        d.loadBalancerIP = s.loadBalancerIP();
        d.loadBalancerSourceRanges = new ArrayList<>(s.loadBalancerSourceRanges());
        d.externalName = s.externalName();
        d.externalTrafficPolicy = s.externalTrafficPolicy();
        d.healthCheckNodePort = s.healthCheckNodePort();
        d.publishNotReadyAddresses = s.publishNotReadyAddresses();
        d.sessionAffinityConfig = s.sessionAffinityConfig();
        d.ipFamilies = new ArrayList<>(s.ipFamilies());
        d.ipFamilyPolicy = s.ipFamilyPolicy();
        d.allocateLoadBalancerNodePorts = s.allocateLoadBalancerNodePorts();
        d.loadBalancerClass = s.loadBalancerClass();
        d.internalTrafficPolicy = s.internalTrafficPolicy();
        d.ingress = new ArrayList<>(svc.status().loadBalancerIngress());
        return d;
    }

    Service toService() {
        ServiceSpec spec = new ServiceSpec(ports, selector, clusterIP, clusterIPs, type, externalIPs,
                sessionAffinity, loadBalancerIP, loadBalancerSourceRanges, externalName, externalTrafficPolicy,
                healthCheckNodePort, publishNotReadyAddresses, sessionAffinityConfig, ipFamilies, ipFamilyPolicy,
                allocateLoadBalancerNodePorts, loadBalancerClass, internalTrafficPolicy);
        return new Service(metadata, spec, new ServiceStatus(ingress));
    }

    String name() {
        return metadata.name();
    }

    boolean isType(String t) {
        return t.equals(type);
    }

    /** clusterIPs[0] == "None". */
    boolean isHeadless() {
        return !clusterIPs.isEmpty() && ServiceRules.NONE.equals(clusterIPs.get(0));
    }

    /** A copy of this draft (its lists copied too). */
    ServiceDraft copy() {
        return of(toService());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
