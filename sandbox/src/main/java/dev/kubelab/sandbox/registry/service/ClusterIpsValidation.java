package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoValue;
import dev.kubelab.sandbox.registry.validation.IpRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** ValidateServiceClusterIPsRelatedFields: clusterIP/clusterIPs, ipFamilies, ipFamilyPolicy. */
final class ClusterIpsValidation {
    static final List<String> FAMILIES = List.of("IPv4", "IPv6");
    static final List<String> POLICIES = List.of("PreferDualStack", "RequireDualStack", "SingleStack");
    private static final String CLUSTER_IPS = "spec.clusterIPs";

    private ClusterIpsValidation() {
    }

    static String ips(List<String> clusterIPs) {
        return GoValue.slice("string", clusterIPs);
    }

    static List<FieldError> validate(ServiceDraft s) {
        List<FieldError> errs = new ArrayList<>();
        if (s.isType(ServiceRules.EXTERNAL_NAME)) {
            return errs;
        }
        if (s.clusterIP != null && !s.clusterIP.isEmpty()) {
            if (s.clusterIPs.isEmpty()) {
                errs.add(FieldError.required(CLUSTER_IPS, ""));
            } else if (!s.clusterIPs.get(0).equals(s.clusterIP)) {
                errs.add(FieldError.invalid(CLUSTER_IPS, ips(s.clusterIPs), "first value must match `clusterIP`"));
            }
        } else if (!s.clusterIPs.isEmpty()) {
            errs.add(FieldError.invalid(CLUSTER_IPS, ips(s.clusterIPs), "must be empty when `clusterIP` is not specified"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.ipFamilies.size(); i++) {
            String family = s.ipFamilies.get(i);
            if (!FAMILIES.contains(family)) {
                errs.add(FieldError.notSupported("spec.ipFamilies[" + i + "]", family, FAMILIES));
            }
            if (!seen.add(family)) {
                errs.add(FieldError.duplicate("spec.ipFamilies[" + i + "]", GoValue.string(family)));
            }
        }
        if (s.ipFamilyPolicy != null && !POLICIES.contains(s.ipFamilyPolicy)) {
            errs.add(FieldError.notSupported("spec.ipFamilyPolicy", s.ipFamilyPolicy, POLICIES));
        }
        boolean invalidIPs = false;
        for (int i = 0; i < s.clusterIPs.size(); i++) {
            String ip = s.clusterIPs.get(i);
            if (i == 0 && ServiceRules.NONE.equals(ip)) {
                if (s.clusterIPs.size() > 1) {
                    invalidIPs = true;
                    errs.add(FieldError.invalid(CLUSTER_IPS, ips(s.clusterIPs), "'None' must be the first and only value"));
                }
                continue;
            }
            List<FieldError> ipErrs = IpRules.validIP(CLUSTER_IPS + "[" + i + "]", ip);
            invalidIPs |= !ipErrs.isEmpty();
            errs.addAll(ipErrs);
        }
        if (s.clusterIPs.size() > 2) {
            errs.add(FieldError.invalid(CLUSTER_IPS, ips(s.clusterIPs), "may only hold up to 2 values"));
        }
        if (invalidIPs) {
            return errs;
        }
        if (s.clusterIPs.size() > 1 && IpRules.isIPv6(s.clusterIPs.get(0)) == IpRules.isIPv6(s.clusterIPs.get(1))) {
            errs.add(FieldError.invalid(CLUSTER_IPS, ips(s.clusterIPs), "may specify no more than one IP for each IP family"));
        }
        if (!s.isHeadless() && !s.clusterIPs.isEmpty() && !s.ipFamilies.isEmpty()) {
            for (int i = 0; i < s.clusterIPs.size() && i < s.ipFamilies.size(); i++) {
                String ip = s.clusterIPs.get(i);
                boolean v6 = IpRules.isIPv6(ip);
                if ("IPv4".equals(s.ipFamilies.get(i)) && v6) {
                    errs.add(FieldError.invalidString(CLUSTER_IPS + "[" + i + "]", ip,
                            "expected an IPv4 value as indicated by `ipFamilies[" + i + "]`"));
                }
                if ("IPv6".equals(s.ipFamilies.get(i)) && !v6) {
                    errs.add(FieldError.invalidString(CLUSTER_IPS + "[" + i + "]", ip,
                            "expected an IPv6 value as indicated by `ipFamilies[" + i + "]`"));
                }
            }
        }
        return errs;
    }
}
