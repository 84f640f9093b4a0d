package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.ClientIPConfig;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.api.SessionAffinityConfig;

/**
 * pkg/apis/core/v1/defaults.go SetDefaults_Service, applied when a request body is decoded (create and update).
 * ipFamilies/ipFamilyPolicy are not defaulted here but by the allocator ({@link IpFamilyInit}).
 */
final class ServiceDefaults {
    static final int DEFAULT_CLIENT_IP_TIMEOUT_SECONDS = 10800;

    private ServiceDefaults() {
    }

    static void apply(ServiceDraft s) {
        if (s.sessionAffinity == null || s.sessionAffinity.isEmpty()) {
            s.sessionAffinity = "None";
        }
        if ("None".equals(s.sessionAffinity)) {
            s.sessionAffinityConfig = null;
        }
        if ("ClientIP".equals(s.sessionAffinity)) {
            SessionAffinityConfig c = s.sessionAffinityConfig;
            if (c == null || c.clientIP() == null || c.clientIP().timeoutSeconds() == null) {
                s.sessionAffinityConfig = new SessionAffinityConfig(new ClientIPConfig(DEFAULT_CLIENT_IP_TIMEOUT_SECONDS));
            }
        }
        if (s.type == null || s.type.isEmpty()) {
            s.type = ServiceRules.CLUSTER_IP;
        }
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePort p = s.ports.get(i);
            String protocol = p.protocol() == null || p.protocol().isEmpty() ? "TCP" : p.protocol();
            IntOrString target = p.targetPort();
            if (target == null || (target.isInt() && target.intValue() == 0)
                    || (!target.isInt() && target.strValue().isEmpty())) {
                target = IntOrString.of(p.port());
            }
            s.ports.set(i, new ServicePort(p.name(), protocol, p.appProtocol(), p.port(), target, p.nodePort()));
        }
        if (ServiceRules.externallyAccessible(s) && (s.externalTrafficPolicy == null || s.externalTrafficPolicy.isEmpty())) {
            s.externalTrafficPolicy = "Cluster";
        }
        if (s.internalTrafficPolicy == null && (s.isType(ServiceRules.NODE_PORT) || s.isType(ServiceRules.LOAD_BALANCER)
                || s.isType(ServiceRules.CLUSTER_IP))) {
            s.internalTrafficPolicy = "Cluster";
        }
        if (s.isType(ServiceRules.LOAD_BALANCER)) {
            if (s.allocateLoadBalancerNodePorts == null) {
                s.allocateLoadBalancerNodePorts = true;
            }
            for (int i = 0; i < s.ingress.size(); i++) {
                LoadBalancerIngress ing = s.ingress.get(i);
                if (ing.ip() != null && !ing.ip().isEmpty() && ing.ipMode() == null) {
                    s.ingress.set(i, ing.withIpMode("VIP"));
                }
            }
        }
    }
}
