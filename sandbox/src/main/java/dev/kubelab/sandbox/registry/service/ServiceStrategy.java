package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.ServicePort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Service REST strategy's fix-ups (storage.go normalizeClusterIPs and patchAllocatedValues, strategy.go
 * PrepareForCreate/PrepareForUpdate with dropTypeDependentFields).
 */
final class ServiceStrategy {
    private ServiceStrategy() {
    }

    /** clusterIP and clusterIPs in sync before anyone looks at them; old is null on create. */
    static void normalizeClusterIPs(ServiceDraft s, ServiceDraft old) {
        if (old == null) {
            if (s.clusterIP != null && s.clusterIPs.isEmpty()) {
                s.clusterIPs = new ArrayList<>(List.of(s.clusterIP));
            }
            return;
        }
        if (!old.clusterIPs.isEmpty() && s.clusterIPs.isEmpty() && Objects.equals(old.clusterIP, s.clusterIP)) {
            s.clusterIPs = new ArrayList<>(old.clusterIPs);
        }
        if (!Objects.equals(old.clusterIP, s.clusterIP)) {
            if (old.clusterIP != null && s.clusterIP == null && ServiceRules.sameClusterIPs(old, s)) {
                s.clusterIPs = new ArrayList<>();
            }
            if (s.clusterIP != null && ServiceRules.sameClusterIPs(old, s)) {
                s.clusterIPs = new ArrayList<>(List.of(s.clusterIP));
            }
        }
    }

    /** Values the client left out on update but the old object had allocated (idempotent apply/replace). */
    static void patchAllocatedValues(ServiceDraft s, ServiceDraft old) {
        if (ServiceRules.needsClusterIP(old) && ServiceRules.needsClusterIP(s)) {
            if (s.clusterIP == null) {
                s.clusterIP = old.clusterIP;
            }
            if (s.clusterIPs.isEmpty() && !old.clusterIPs.isEmpty()) {
                s.clusterIPs = new ArrayList<>(old.clusterIPs);
            }
        }
        if (ServiceRules.needsNodePort(old) && ServiceRules.needsNodePort(s)) {
            Set<Integer> used = new HashSet<>(ServiceRules.nodePorts(old));
            used.retainAll(new HashSet<>(ServiceRules.nodePorts(s)));
            Map<String, Integer> byName = new HashMap<>();
            for (ServicePort p : old.ports) {
                byName.put(p.name(), p.nodePort());
            }
            for (int i = 0; i < s.ports.size(); i++) {
                ServicePort p = s.ports.get(i);
                if (p.nodePort() == 0) {
                    int oldValue = byName.getOrDefault(p.name(), 0);
                    if (!used.contains(oldValue)) {
                        s.ports.set(i, p.withNodePort(oldValue));
                    }
                }
            }
        }
        if (ServiceRules.needsHealthCheck(old) && ServiceRules.needsHealthCheck(s) && s.healthCheckNodePort == 0) {
            s.healthCheckNodePort = old.healthCheckNodePort;
        }
    }

    static void prepareForCreate(ServiceDraft s) {
        s.ingress = new ArrayList<>();
    }

    static void prepareForUpdate(ServiceDraft s, ServiceDraft old) {
        s.ingress = new ArrayList<>(old.ingress);
        dropTypeDependentFields(s, old);
    }

    /** Wipes what the new type no longer uses, when the client did not also change it. */
    private static void dropTypeDependentFields(ServiceDraft s, ServiceDraft old) {
        if (ServiceRules.needsClusterIP(old) && !ServiceRules.needsClusterIP(s)) {
            if (ServiceRules.sameClusterIPs(old, s)) {
                s.clusterIP = null;
                s.clusterIPs = new ArrayList<>();
            }
            if (old.ipFamilies.equals(s.ipFamilies)) {
                s.ipFamilies = new ArrayList<>();
            }
            if (Objects.equals(old.ipFamilyPolicy, s.ipFamilyPolicy)) {
                s.ipFamilyPolicy = null;
            }
        }
        if (ServiceRules.needsNodePort(old) && !ServiceRules.needsNodePort(s) && ServiceRules.sameNodePorts(old, s)) {
            for (int i = 0; i < s.ports.size(); i++) {
                s.ports.set(i, s.ports.get(i).withNodePort(0));
            }
        }
        if (ServiceRules.needsHealthCheck(old) && !ServiceRules.needsHealthCheck(s)
                && old.healthCheckNodePort == s.healthCheckNodePort) {
            s.healthCheckNodePort = 0;
        }
        if (old.isType(ServiceRules.LOAD_BALANCER) && !s.isType(ServiceRules.LOAD_BALANCER)
                && s.allocateLoadBalancerNodePorts != null && old.allocateLoadBalancerNodePorts != null
                && old.allocateLoadBalancerNodePorts.equals(s.allocateLoadBalancerNodePorts)) {
            s.allocateLoadBalancerNodePorts = null;
        }
        if (old.isType(ServiceRules.LOAD_BALANCER) && !s.isType(ServiceRules.LOAD_BALANCER)
                && ServiceRules.sameLoadBalancerClass(old, s)) {
            s.loadBalancerClass = null;
        }
        if (ServiceRules.externallyAccessible(old) && !ServiceRules.externallyAccessible(s)
                && Objects.equals(old.externalTrafficPolicy, s.externalTrafficPolicy)) {
            s.externalTrafficPolicy = null;
        }
        if (!s.isType(ServiceRules.LOAD_BALANCER)) {
            s.ingress = new ArrayList<>();
        }
    }
}
