package dev.kubelab.sandbox.kubectl.patch;

import java.util.List;
import java.util.Map;

/**
 * The patchMergeKey tags of the Go API types (patchStrategy=merge): lists of these fields merge item by item
 * under a strategic merge patch; every other list is replaced whole. Found by the field name, and for
 * "ports" by where it sits (a container's ports are keyed by containerPort, a Service's by port).
 */
final class PatchMergeKeys {
    private static final Map<String, String> BY_FIELD = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name",
            "ownerReferences", "uid",
            "hostAliases", "ip",
            "conditions", "type");

    private PatchMergeKeys() {
    }

    /** The merge key of the list at this path of field names (indices left out), or null when it is replaced. */
    static String of(List<String> path) {
        String field = path.get(path.size() - 1);
        if (field.equals("ports")) {
            String parent = path.size() > 1 ? path.get(path.size() - 2) : "";
            if (parent.equals("containers") || parent.equals("initContainers")) {
                return "containerPort";
            }
            return parent.equals("spec") ? "port" : null; // a Service's spec.ports; EndpointSubset ports replace
        }
        return BY_FIELD.get(field);
    }
}
