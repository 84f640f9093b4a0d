package dev.kubelab.sandbox.controller.defaults;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.PodSpec;

import java.util.ArrayList;
import java.util.List;

/** The apiserver's defaulting for pod specs (pkg/apis/core/v1/defaults.go), as far as lessons see it. */
public final class PodDefaults {
    private PodDefaults() {
    }

    public static PodSpec apply(PodSpec spec) {
        List<Container> containers = new ArrayList<>(spec.containers().size());
        for (Container c : spec.containers()) {
            containers.add(c.imagePullPolicy() == null ? c.withImagePullPolicy(pullPolicy(c.image())) : c);
        }
        return new PodSpec(spec.nodeName(), spec.hostNetwork(), containers,
                spec.restartPolicy() == null ? "Always" : spec.restartPolicy(),
                spec.dnsPolicy() == null ? "ClusterFirst" : spec.dnsPolicy(),
                spec.terminationGracePeriodSeconds() < 0 ? 30 : spec.terminationGracePeriodSeconds(),
                spec.schedulerName() == null ? "default-scheduler" : spec.schedulerName(),
                spec.nodeSelector(), spec.tolerations(), spec.volumes(), spec.hostname(), spec.subdomain(),
                account(spec), account(spec), spec.priorityClassName(), spec.priority(), spec.preemptionPolicy());
    }

    /** serviceAccount is the deprecated name of serviceAccountName: whichever is set fills both. */
    private static String account(PodSpec spec) {
        return spec.serviceAccountName() != null ? spec.serviceAccountName() : spec.serviceAccount();
    }

    /** Always for :latest or no tag, IfNotPresent otherwise (a digest counts as a tag). */
    public static String pullPolicy(String image) {
        if (image.contains("@")) {
            return "IfNotPresent";
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon <= slash) {
            return "Always";
        }
        return "latest".equals(image.substring(colon + 1)) ? "Always" : "IfNotPresent";
    }
}
