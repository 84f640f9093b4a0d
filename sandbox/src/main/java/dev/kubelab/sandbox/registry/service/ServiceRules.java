package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.ServicePort;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The small predicates the Service REST code shares (pkg/api/service/util.go, storage/alloc.go helpers). */
final class ServiceRules {
    static final String NONE = "None";
    static final String CLUSTER_IP = "ClusterIP";
    static final String NODE_PORT = "NodePort";
    static final String LOAD_BALANCER = "LoadBalancer";
    static final String EXTERNAL_NAME = "ExternalName";

    private ServiceRules() {
    }

    /** LoadBalancer, NodePort, or ClusterIP with externalIPs. */
    static boolean externallyAccessible(ServiceDraft s) {
        return s.isType(LOAD_BALANCER) || s.isType(NODE_PORT) || (s.isType(CLUSTER_IP) && !s.externalIPs.isEmpty());
    }

    /** LoadBalancer with externalTrafficPolicy Local. */
    static boolean needsHealthCheck(ServiceDraft s) {
        return s.isType(LOAD_BALANCER) && "Local".equals(s.externalTrafficPolicy);
    }

    static boolean needsClusterIP(ServiceDraft s) {
        return !s.isType(EXTERNAL_NAME);
    }

    static boolean needsNodePort(ServiceDraft s) {
        return s.isType(NODE_PORT) || s.isType(LOAD_BALANCER);
    }

    static boolean shouldAllocateNodePorts(ServiceDraft s) {
        if (s.isType(NODE_PORT)) {
            return true;
        }
        return s.isType(LOAD_BALANCER) && !Boolean.FALSE.equals(s.allocateLoadBalancerNodePorts);
    }

    static List<Integer> nodePorts(ServiceDraft s) {
        List<Integer> out = new ArrayList<>();
        for (ServicePort p : s.ports) {
            if (p.nodePort() != 0) {
                out.add(p.nodePort());
            }
        }
        return out;
    }

    static boolean sameClusterIPs(ServiceDraft a, ServiceDraft b) {
        return a.clusterIPs.equals(b.clusterIPs);
    }

    static boolean sameNodePorts(ServiceDraft a, ServiceDraft b) {
        if (a.ports.size() != b.ports.size()) {
            return false;
        }
        for (int i = 0; i < a.ports.size(); i++) {
            if (a.ports.get(i).nodePort() != b.ports.get(i).nodePort()) {
                return false;
            }
        }
        return true;
    }

    static boolean sameLoadBalancerClass(ServiceDraft a, ServiceDraft b) {
        return Objects.equals(a.loadBalancerClass, b.loadBalancerClass);
    }
}
