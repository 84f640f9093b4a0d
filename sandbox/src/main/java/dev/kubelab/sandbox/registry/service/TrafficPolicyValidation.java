package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.validation.PortRules;

import java.util.List;

/** validateServiceExternalTrafficPolicy and validateServiceInternalTrafficFieldsValue. */
final class TrafficPolicyValidation {
    static final List<String> POLICIES = List.of("Cluster", "Local");

    private TrafficPolicyValidation() {
    }

    static void validate(ServiceDraft s, List<FieldError> errs) {
        String etp = s.externalTrafficPolicy == null ? "" : s.externalTrafficPolicy;
        if (!ServiceRules.externallyAccessible(s)) {
            if (!etp.isEmpty()) {
                errs.add(FieldError.invalidString("spec.externalTrafficPolicy", etp,
                        "may only be set for externally-accessible services"));
            }
        } else if (etp.isEmpty()) {
            errs.add(FieldError.required("spec.externalTrafficPolicy", ""));
        } else if (!POLICIES.contains(etp)) {
            errs.add(FieldError.notSupported("spec.externalTrafficPolicy", etp, POLICIES));
        }
        String hc = "spec.healthCheckNodePort";
        if (!ServiceRules.needsHealthCheck(s)) {
            if (s.healthCheckNodePort != 0) {
                errs.add(FieldError.invalid(hc, s.healthCheckNodePort,
                        "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
            }
        } else if (s.healthCheckNodePort == 0) {
            errs.add(FieldError.required(hc, ""));
        } else {
            for (String msg : PortRules.portNumber(s.healthCheckNodePort)) {
                errs.add(FieldError.invalid(hc, s.healthCheckNodePort, msg));
            }
        }
        if (s.internalTrafficPolicy == null) {
            if (s.isType(ServiceRules.NODE_PORT) || s.isType(ServiceRules.LOAD_BALANCER)
                    || s.isType(ServiceRules.CLUSTER_IP)) {
                errs.add(FieldError.required("spec.internalTrafficPolicy", ""));
            }
        } else if (!POLICIES.contains(s.internalTrafficPolicy)) {
            errs.add(FieldError.notSupported("spec.internalTrafficPolicy", s.internalTrafficPolicy, POLICIES));
        }
    }
}
