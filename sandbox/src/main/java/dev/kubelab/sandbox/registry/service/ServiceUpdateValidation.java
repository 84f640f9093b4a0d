package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** ValidateServiceUpdate: the immutable-field rules, then the whole ValidateService. */
final class ServiceUpdateValidation {
    private static final String CLUSTER_IPS_0 = "spec.clusterIPs[0]";

    private ServiceUpdateValidation() {
    }

    static List<FieldError> validate(ServiceDraft old, ServiceDraft s) {
        List<FieldError> errs = new ArrayList<>();
        objectMetaUpdate(old, s, errs);
        clusterIPs(old, s, errs);
        ipFamilies(old, s, errs);
        errs.addAll(LoadBalancerClassValidation.validate(old, s));
        if (ServiceRules.needsHealthCheck(old) && ServiceRules.needsHealthCheck(s)
                && old.healthCheckNodePort != s.healthCheckNodePort) {
            errs.add(FieldError.forbidden("spec.healthCheckNodePort", "field is immutable"));
        }
        errs.addAll(ServiceValidation.validate(s));
        return errs;
    }

    private static void objectMetaUpdate(ServiceDraft old, ServiceDraft s, List<FieldError> errs) {
        if (!Objects.equals(old.metadata.uid(), s.metadata.uid()) && s.metadata.uid() != null
                && !s.metadata.uid().isEmpty()) {
            errs.add(FieldError.invalidString("metadata.uid", s.metadata.uid(), "field is immutable"));
        }
    }

    private static void clusterIPs(ServiceDraft old, ServiceDraft s, List<FieldError> errs) {
        if (s.isType(ServiceRules.EXTERNAL_NAME) || old.isType(ServiceRules.EXTERNAL_NAME)) {
            return;
        }
        if (old.isHeadless() && s.isHeadless()) {
            return;
        }
        String value = ClusterIpsValidation.ips(s.clusterIPs);
        int oldSize = old.clusterIPs.size();
        int newSize = s.clusterIPs.size();
        if (oldSize == newSize) {
            for (int i = 0; i < oldSize; i++) {
                if (!old.clusterIPs.get(i).equals(s.clusterIPs.get(i))) {
                    errs.add(FieldError.invalid("spec.clusterIPs[" + i + "]", value, "may not change once set"));
                }
            }
        } else if (oldSize > newSize) {
            if (newSize == 0) {
                errs.add(FieldError.invalid(CLUSTER_IPS_0, value, "primary clusterIP can not be unset"));
            }
            if (oldSize > 0 && newSize > 0 && !s.clusterIPs.get(0).equals(old.clusterIPs.get(0))) {
                errs.add(FieldError.invalid(CLUSTER_IPS_0, value, "may not change once set"));
            }
            if (newSize == 1 && !"SingleStack".equals(s.ipFamilyPolicy)) {
                errs.add(FieldError.invalid("spec.ipFamilyPolicy", GoValue.string(s.ipFamilyPolicy),
                        "must be set to 'SingleStack' when releasing the secondary clusterIP"));
            }
        } else if (oldSize > 0 && !s.clusterIPs.get(0).equals(old.clusterIPs.get(0))) {
            errs.add(FieldError.invalid(CLUSTER_IPS_0, value, "may not change once set"));
        }
    }

    private static void ipFamilies(ServiceDraft old, ServiceDraft s, List<FieldError> errs) {
        if (s.isType(ServiceRules.EXTERNAL_NAME) || old.isType(ServiceRules.EXTERNAL_NAME)) {
            return;
        }
        if (old.isHeadless() || s.isHeadless()) {
            return;
        }
        String value = GoValue.slice("core.IPFamily", s.ipFamilies);
        int oldSize = old.ipFamilies.size();
        int newSize = s.ipFamilies.size();
        if (oldSize == newSize) {
            for (int i = 0; i < oldSize; i++) {
                if (!old.ipFamilies.get(i).equals(s.ipFamilies.get(i))) {
                    errs.add(FieldError.invalid("spec.ipFamilies[0]", value, "may not change once set"));
                }
            }
        } else if (oldSize > newSize) {
            if (newSize == 0) {
                errs.add(FieldError.invalid("spec.ipFamilies[0]", value, "primary ipFamily can not be unset"));
            } else if (!s.ipFamilies.get(0).equals(old.ipFamilies.get(0))) {
                errs.add(FieldError.invalid("spec.ipFamilies[0]", value, "may not change once set"));
            }
        } else if (oldSize > 0 && !s.ipFamilies.get(0).equals(old.ipFamilies.get(0))) {
            errs.add(FieldError.invalid("spec.ipFamilies[0]", value, "may not change once set"));
        }
    }
}
