package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoValue;
import dev.kubelab.sandbox.registry.validation.IpRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * alloc.go initIPFamilyFields for a single-stack IPv4 cluster: defaults ipFamilyPolicy and ipFamilies, and
 * rejects what this cluster cannot serve (dual-stack, IPv6), before any address is allocated.
 */
final class IpFamilyInit {
    private static final String CLUSTER_FAMILY = "IPv4";

    private IpFamilyInit() {
    }

    static void apply(ServiceDraft s, ServiceDraft old) {
        if (s.isType(ServiceRules.EXTERNAL_NAME) || matchingPreferDualStack(s, old)) {
            return;
        }
        boolean headlessSelectorless = ServiceRules.NONE.equals(s.clusterIP) && s.selector.isEmpty();
        if (s.ipFamilyPolicy == null) {
            if (old != null && old.ipFamilyPolicy != null) {
                s.ipFamilyPolicy = old.ipFamilyPolicy;
            } else {
                s.ipFamilyPolicy = headlessSelectorless ? "RequireDualStack" : "SingleStack";
            }
        }
        List<FieldError> related = ClusterIpsValidation.validate(s);
        if (!related.isEmpty()) {
            throw StatusError.invalid(Kind.SERVICE, s.name(), related);
        }
        List<FieldError> errs = new ArrayList<>();
        String policy = GoValue.string(s.ipFamilyPolicy);
        boolean singleStack = "SingleStack".equals(s.ipFamilyPolicy);
        if (old != null) {
            if (singleStack) {
                if (ServiceRules.sameClusterIPs(old, s) && s.clusterIPs.size() > 1) {
                    s.clusterIPs = new ArrayList<>(s.clusterIPs.subList(0, 1));
                }
                if (old.ipFamilies.equals(s.ipFamilies) && s.ipFamilies.size() > 1) {
                    s.ipFamilies = new ArrayList<>(s.ipFamilies.subList(0, 1));
                }
            } else {
                if (old.clusterIPs.size() > s.clusterIPs.size() && !s.clusterIPs.isEmpty()) {
                    errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                            "must be 'SingleStack' to release the secondary cluster IP"));
                }
                if (old.ipFamilies.size() > s.ipFamilies.size() && !s.ipFamilies.isEmpty()) {
                    errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                            "must be 'SingleStack' to release the secondary IP family"));
                }
            }
        }
        if (singleStack && s.clusterIPs.size() == 2) {
            errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                    "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
        }
        if (singleStack && s.ipFamilies.size() == 2) {
            errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy,
                    "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
        }
        for (int i = 0; i < s.clusterIPs.size(); i++) {
            String ip = s.clusterIPs.get(i);
            if (ServiceRules.NONE.equals(ip)) {
                break;
            }
            String family = IpRules.isIPv6(ip) ? "IPv6" : "IPv4";
            if (i >= s.ipFamilies.size()) {
                if (!CLUSTER_FAMILY.equals(family)) {
                    errs.add(FieldError.invalid("spec.clusterIPs[" + i + "]", ClusterIpsValidation.ips(s.clusterIPs),
                            family + " is not configured on this cluster"));
                } else {
                    s.ipFamilies.add(family);
                }
            }
        }
        throwIfAny(s, errs);
        if (headlessSelectorless) {
            if (s.ipFamilies.isEmpty()) {
                s.ipFamilies.add(CLUSTER_FAMILY);
            }
            if (s.ipFamilies.size() < 2 && !singleStack) {
                s.ipFamilies.add("IPv4".equals(s.ipFamilies.get(0)) ? "IPv6" : "IPv4");
            }
            return;
        }
        if ("RequireDualStack".equals(s.ipFamilyPolicy)) {
            errs.add(FieldError.invalid("spec.ipFamilyPolicy", policy, "this cluster is not configured for dual-stack services"));
        }
        for (int i = 0; i < s.ipFamilies.size(); i++) {
            if (!CLUSTER_FAMILY.equals(s.ipFamilies.get(i))) {
                errs.add(FieldError.invalidString("spec.ipFamilies[" + i + "]", s.ipFamilies.get(i),
                        "not configured on this cluster"));
            }
        }
        throwIfAny(s, errs);
        if (s.ipFamilies.isEmpty()) {
            s.ipFamilies.add(CLUSTER_FAMILY);
        }
    }

    /** A PreferDualStack service is not up- or downgraded on its own when nothing about its IPs changed. */
    private static boolean matchingPreferDualStack(ServiceDraft s, ServiceDraft old) {
        return old != null && "PreferDualStack".equals(old.ipFamilyPolicy)
                && Objects.equals(old.ipFamilyPolicy, s.ipFamilyPolicy)
                && ServiceRules.sameClusterIPs(old, s) && old.ipFamilies.equals(s.ipFamilies);
    }

    private static void throwIfAny(ServiceDraft s, List<FieldError> errs) {
        if (!errs.isEmpty()) {
            throw StatusError.invalid(Kind.SERVICE, s.name(), errs);
        }
    }
}
