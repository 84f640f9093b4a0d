package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoValue;
import dev.kubelab.sandbox.registry.validation.IpRules;
import dev.kubelab.sandbox.registry.validation.MetaValidation;
import dev.kubelab.sandbox.registry.validation.NameRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ValidateService (pkg/apis/core/validation), check by check in the order Kubernetes makes them. */
final class ServiceValidation {
    static final List<String> AFFINITIES = List.of("ClientIP", "None");
    static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");
    private static final String LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

    private ServiceValidation() {
    }

    static List<FieldError> validate(ServiceDraft s) {
        List<FieldError> errs = new ArrayList<>(MetaValidation.objectMeta(s.metadata, true, NameRules::dns1035Label));
        if (s.ports.isEmpty() && !s.isHeadless() && !s.isType(ServiceRules.EXTERNAL_NAME)) {
            errs.add(FieldError.required("spec.ports", ""));
        }
        typeSpecific(s, errs);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePortValidation.validate(s.ports.get(i), s.ports.size() > 1, names, "spec.ports[" + i + "]", errs);
        }
        errs.addAll(MetaValidation.labels(s.selector, "spec.selector"));
        sessionAffinity(s, errs);
        errs.addAll(ClusterIpsValidation.validate(s));
        for (int i = 0; i < s.externalIPs.size(); i++) {
            String path = "spec.externalIPs[" + i + "]";
            List<FieldError> ipErrs = IpRules.validIP(path, s.externalIPs.get(i));
            errs.addAll(ipErrs.isEmpty() ? IpRules.nonSpecialIP(path, s.externalIPs.get(i)) : ipErrs);
        }
        if (s.type == null || s.type.isEmpty()) {
            errs.add(FieldError.required("spec.type", ""));
        } else if (!TYPES.contains(s.type)) {
            errs.add(FieldError.notSupported("spec.type", s.type, TYPES));
        }
        nodePortsAndDuplicates(s, errs);
        loadBalancerFields(s, errs);
        errs.addAll(LoadBalancerClassValidation.validate(null, s));
        TrafficPolicyValidation.validate(s, errs);
        return errs;
    }

    private static void typeSpecific(ServiceDraft s, List<FieldError> errs) {
        if ((s.isType(ServiceRules.LOAD_BALANCER) || s.isType(ServiceRules.NODE_PORT)) && s.isHeadless()) {
            errs.add(FieldError.invalidString("spec.clusterIPs[0]", s.clusterIPs.get(0),
                    "may not be set to 'None' for " + s.type + " services"));
        } else if (s.isType(ServiceRules.EXTERNAL_NAME)) {
            if (!s.clusterIPs.isEmpty()) {
                errs.add(FieldError.forbidden("spec.clusterIPs", "may not be set for ExternalName services"));
            }
            if (!s.ipFamilies.isEmpty()) {
                errs.add(FieldError.forbidden("spec.ipFamilies", "may not be set for ExternalName services"));
            }
            if (s.ipFamilyPolicy != null) {
                errs.add(FieldError.forbidden("spec.ipFamilyPolicy", "may not be set for ExternalName services"));
            }
            String cname = s.externalName == null ? "" : s.externalName;
            cname = cname.endsWith(".") ? cname.substring(0, cname.length() - 1) : cname;
            if (cname.isEmpty()) {
                errs.add(FieldError.required("spec.externalName", ""));
            } else {
                for (String msg : NameRules.dns1123Subdomain(cname)) {
                    errs.add(FieldError.invalidString("spec.externalName", cname, msg));
                }
            }
        }
    }

    private static void sessionAffinity(ServiceDraft s, List<FieldError> errs) {
        if (s.sessionAffinity == null || s.sessionAffinity.isEmpty()) {
            errs.add(FieldError.required("spec.sessionAffinity", ""));
        } else if (!AFFINITIES.contains(s.sessionAffinity)) {
            errs.add(FieldError.notSupported("spec.sessionAffinity", s.sessionAffinity, AFFINITIES));
        }
        String path = "spec.sessionAffinityConfig";
        String why = "when session affinity type is ClientIP";
        if ("ClientIP".equals(s.sessionAffinity)) {
            if (s.sessionAffinityConfig == null) {
                errs.add(FieldError.required(path, why));
            } else if (s.sessionAffinityConfig.clientIP() == null) {
                errs.add(FieldError.required(path + ".clientIP", why));
            } else if (s.sessionAffinityConfig.clientIP().timeoutSeconds() == null) {
                errs.add(FieldError.required(path + ".clientIP.timeoutSeconds", why));
            } else {
                int timeout = s.sessionAffinityConfig.clientIP().timeoutSeconds();
                if (timeout <= 0 || timeout > 86400) {
                    errs.add(FieldError.invalid(path + ".clientIP.timeoutSeconds", timeout,
                            "must be greater than 0 and less than 86400"));
                }
            }
        } else if ("None".equals(s.sessionAffinity) && s.sessionAffinityConfig != null) {
            errs.add(FieldError.forbidden(path, "must not be set when session affinity is None"));
        }
    }

    private static void nodePortsAndDuplicates(ServiceDraft s, List<FieldError> errs) {
        if (s.isType(ServiceRules.CLUSTER_IP)) {
            for (int i = 0; i < s.ports.size(); i++) {
                if (s.ports.get(i).nodePort() != 0) {
                    errs.add(FieldError.forbidden("spec.ports[" + i + "].nodePort",
                            "may not be used when `type` is 'ClusterIP'"));
                }
            }
        }
        Set<String> nodePorts = new HashSet<>();
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePort p = s.ports.get(i);
            if (p.nodePort() != 0 && !nodePorts.add(p.protocol() + "/" + p.nodePort())) {
                errs.add(FieldError.duplicate("spec.ports[" + i + "].nodePort", GoValue.number(p.nodePort())));
            }
        }
        Set<String> ports = new HashSet<>();
        for (int i = 0; i < s.ports.size(); i++) {
            ServicePort p = s.ports.get(i);
            if (!ports.add(p.protocol() + "/" + p.port())) {
                errs.add(FieldError.duplicate("spec.ports[" + i + "]",
                        ServicePortValidation.goStructKey(p.protocol(), p.port())));
            }
        }
    }

    private static void loadBalancerFields(ServiceDraft s, List<FieldError> errs) {
        String sourceRanges = "spec.LoadBalancerSourceRanges";
        if (!s.loadBalancerSourceRanges.isEmpty()) {
            if (!s.isType(ServiceRules.LOAD_BALANCER)) {
                errs.add(FieldError.forbidden(sourceRanges, LB_ONLY));
            }
            for (int i = 0; i < s.loadBalancerSourceRanges.size(); i++) {
                errs.addAll(IpRules.validCIDR(sourceRanges + "[" + i + "]", s.loadBalancerSourceRanges.get(i).trim()));
            }
        }
        if (s.allocateLoadBalancerNodePorts != null && !s.isType(ServiceRules.LOAD_BALANCER)) {
            errs.add(FieldError.forbidden("spec.allocateLoadBalancerNodePorts", LB_ONLY));
        }
        if (s.isType(ServiceRules.LOAD_BALANCER) && s.allocateLoadBalancerNodePorts == null) {
            errs.add(FieldError.required("allocateLoadBalancerNodePorts", ""));
        }
    }
}
