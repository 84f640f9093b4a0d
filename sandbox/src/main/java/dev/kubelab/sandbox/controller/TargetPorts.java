package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.IntOrString;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ServicePort;

/** podutil.FindPort: a Service port's targetPort on one pod — a number as is, a name via the pod's containerPorts. */
public final class TargetPorts {
    private TargetPorts() {
    }

    /** The port on this pod, or -1 when a named targetPort is not declared by the pod (that pod is skipped). */
    public static int resolve(ServicePort sp, Pod pod) {
        IntOrString target = sp.targetPort();
        if (target == null) {
            return sp.port();
        }
        if (target.isInt()) {
            return target.intValue() == 0 ? sp.port() : target.intValue();
        }
        String protocol = sp.protocol() == null ? "TCP" : sp.protocol();
        for (Container c : pod.spec().containers()) {
            for (ContainerPort p : c.ports()) {
                String pp = p.protocol() == null ? "TCP" : p.protocol();
                if (target.strValue().equals(p.name()) && pp.equals(protocol)) {
                    return p.containerPort();
                }
            }
        }
        return -1;
    }
}
