package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.field.GoValue;
import dev.kubelab.sandbox.registry.validation.NameRules;

import java.util.ArrayList;
import java.util.List;

/** validateLoadBalancerClassField: LoadBalancer only, a qualified name, fixed once set. */
final class LoadBalancerClassValidation {
    private static final String PATH = "spec.loadBalancerClass";

    private LoadBalancerClassValidation() {
    }

    static List<FieldError> validate(ServiceDraft old, ServiceDraft s) {
        List<FieldError> errs = new ArrayList<>();
        if (old != null && old.isType(ServiceRules.LOAD_BALANCER) && s.isType(ServiceRules.LOAD_BALANCER)
                && !ServiceRules.sameLoadBalancerClass(old, s)) {
            errs.add(FieldError.invalid(PATH, GoValue.string(s.loadBalancerClass), "may not change once set"));
        }
        if (s.loadBalancerClass != null) {
            if (!s.isType(ServiceRules.LOAD_BALANCER)) {
                errs.add(FieldError.forbidden(PATH, "may only be used when `type` is 'LoadBalancer'"));
            } else {
                for (String msg : NameRules.qualifiedName(s.loadBalancerClass)) {
                    errs.add(FieldError.invalidString(PATH, s.loadBalancerClass, msg));
                }
            }
        }
        return errs;
    }
}
