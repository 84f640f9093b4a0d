package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.validation.NameRules;
import dev.kubelab.sandbox.registry.validation.PortRules;

import java.util.List;
import java.util.Set;

/** validateServicePort: name, port, protocol, targetPort, appProtocol of one spec.ports entry. */
final class ServicePortValidation {
    static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");

    private ServicePortValidation() {
    }

    static void validate(ServicePort sp, boolean requireName, Set<String> allNames, String path,
                         List<FieldError> errs) {
        if (requireName && sp.name().isEmpty()) {
            errs.add(FieldError.required(path + ".name", ""));
        } else if (!sp.name().isEmpty()) {
            for (String msg : NameRules.dns1123Label(sp.name())) {
                errs.add(FieldError.invalidString(path + ".name", sp.name(), msg));
            }
            if (!allNames.add(sp.name())) {
                errs.add(FieldError.duplicate(path + ".name", dev.kubelab.sandbox.registry.field.GoValue.string(sp.name())));
            }
        }
        for (String msg : PortRules.portNumber(sp.port())) {
            errs.add(FieldError.invalid(path + ".port", sp.port(), msg));
        }
        if (sp.protocol() == null || sp.protocol().isEmpty()) {
            errs.add(FieldError.required(path + ".protocol", ""));
        } else if (!PROTOCOLS.contains(sp.protocol())) {
            errs.add(FieldError.notSupported(path + ".protocol", sp.protocol(), PROTOCOLS));
        }
        IntOrString target = sp.targetPort();
        if (target != null && target.isInt()) {
            for (String msg : PortRules.portNumber(target.intValue())) {
                errs.add(FieldError.invalid(path + ".targetPort", target.intValue(), msg));
            }
        } else if (target != null) {
            for (String msg : PortRules.portName(target.strValue())) {
                errs.add(FieldError.invalidString(path + ".targetPort", target.strValue(), msg));
            }
        }
        if (sp.appProtocol() != null) {
            for (String msg : NameRules.qualifiedName(sp.appProtocol())) {
                errs.add(FieldError.invalidString(path + ".appProtocol", sp.appProtocol(), msg));
            }
        }
    }

    /** %#v of the internal core.ServicePort key used for the (protocol, port) duplicate check. */
    static String goStructKey(String protocol, int port) {
        return "core.ServicePort{Name:\"\", Protocol:\"" + protocol + "\", AppProtocol:(*string)(nil), Port:" + port
                + ", TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:\"\"}, NodePort:0}";
    }
}
