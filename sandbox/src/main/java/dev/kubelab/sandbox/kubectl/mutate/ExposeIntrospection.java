package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.ContainerPort;
import dev.kubelab.sandbox.api.Deployment;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.ReplicaSet;
import dev.kubelab.sandbox.api.ReplicationController;
import dev.kubelab.sandbox.api.ReplicaWorkload;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;
import dev.kubelab.sandbox.registry.field.GoSelectorValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What `kubectl expose` reads from the exposed object (polymorphichelpers: canbeexposed,
 * mapbasedselectorforobject, portsforobject, protocolsforobject).
 */
public final class ExposeIntrospection {
    private ExposeIntrospection() {
    }

    /** Null when the kind can be exposed, else kubectl's "cannot expose a Kind.group". */
    public static String cannotExpose(KubeObject o) {
        if (o instanceof Pod || o instanceof Service || o instanceof Deployment
                || o instanceof ReplicaWorkload) {
            return null;
        }
        String lower = o.kind().qualifiedLowerKind();
        int dot = lower.indexOf('.');
        return "cannot expose a " + o.kind().kindName() + (dot < 0 ? "" : lower.substring(dot));
    }

    /** The selector the Service gets; an empty one throws with the reason kubectl gives. */
    public static Map<String, String> selector(KubeObject o) {
        if (o instanceof Pod) {
            Map<String, String> labels = o.metadata().labels();
            if (labels.isEmpty()) {
                throw new UsageException("the pod has no labels and cannot be exposed");
            }
            return labels;
        }
        if (o instanceof Service) {
            Map<String, String> selector = ((Service) o).spec().selector();
            if (selector.isEmpty()) {
                throw new UsageException("the service has no pod selector set");
            }
            return selector;
        }
        if (o instanceof ReplicationController) {
            return ((ReplicationController) o).selector(); // MakeLabels(spec.selector), no emptiness check
        }
        LabelSelector selector = o instanceof Deployment ? ((Deployment) o).selector() : ((ReplicaSet) o).selector();
        if (selector != null && !selector.matchExpressions().isEmpty()) {
            throw new UsageException("couldn't convert expressions - \"" + GoSelectorValues.plusV(selector.matchExpressions())
                    + "\" to map-based selector format");
        }
        if (selector == null || selector.matchLabels().isEmpty()) {
            throw new UsageException("invalid " + o.kind().kindName().toLowerCase(java.util.Locale.ROOT)
                    + ": no selectors, therefore cannot be exposed");
        }
        return selector.matchLabels();
    }

    /** Distinct ports in container (or service port) order, each with its protocols in order of appearance. */
    public static Map<Integer, Set<String>> ports(KubeObject o) {
        Map<Integer, Set<String>> out = new LinkedHashMap<>();
        if (o instanceof Service) {
            for (ServicePort p : ((Service) o).spec().ports()) {
                out.computeIfAbsent(p.port(), k -> new LinkedHashSet<>()).add(p.protocol() == null ? "TCP" : p.protocol());
            }
            return out;
        }
        for (Container c : containers(o)) {
            for (ContainerPort p : c.ports()) {
                out.computeIfAbsent(p.containerPort(), k -> new LinkedHashSet<>())
                        .add(p.protocol() == null ? "TCP" : p.protocol());
            }
        }
        return out;
    }

    private static List<Container> containers(KubeObject o) {
        if (o instanceof Pod) {
            return ((Pod) o).spec().containers();
        }
        if (o instanceof Deployment) {
            return ((Deployment) o).template().spec().containers();
        }
        if (o instanceof ReplicaWorkload) {
            return ((ReplicaWorkload<?>) o).template().spec().containers();
        }
        return new ArrayList<>();
    }
}
