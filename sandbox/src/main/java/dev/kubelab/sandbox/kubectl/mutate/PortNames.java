package dev.kubelab.sandbox.kubectl.mutate;

import java.util.ArrayList;
import java.util.List;

/** validation.IsValidPortName (IANA_SVC_NAME): the messages kubectl shows for a named target port. */
final class PortNames {
    private PortNames() {
    }

    static List<String> errors(String port) {
        List<String> errs = new ArrayList<>();
        if (port.length() < 1 || port.length() > 15) {
            errs.add("must be no more than 15 characters");
        }
        if (!port.matches("[-a-z0-9]*")) {
            errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
        }
        if (!port.matches(".*[a-z].*")) {
            errs.add("must contain at least one letter (a-z)");
        }
        if (port.contains("--")) {
            errs.add("must not contain consecutive hyphens");
        }
        if (port.startsWith("-") || port.endsWith("-")) {
            errs.add("must not begin or end with a hyphen");
        }
        return errs;
    }
}
