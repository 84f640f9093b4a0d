package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeCondition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** printNode: NAME STATUS ROLES AGE VERSION [+ INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME]. */
public final class NodeColumns implements ColumnSet<Node> {
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "STATUS", "ROLES", "AGE", "VERSION"));
        if (wide) {
            h.addAll(List.of("INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"));
        }
        return h;
    }

    @Override
    public List<String> row(Node node, Instant now, boolean wide) {
        List<String> r = new ArrayList<>(List.of(node.metadata().name(), status(node), String.join(",", roles(node)),
                ColumnSet.age(node.metadata().creationTimestamp(), now), node.status().nodeInfo().kubeletVersion()));
        if (r.get(2).isEmpty()) {
            r.set(2, "<none>");
        }
        if (wide) {
            var info = node.status().nodeInfo();
            r.add(node.status().address("InternalIP").orElse("<none>"));
            r.add(node.status().address("ExternalIP").orElse("<none>"));
            r.add(orUnknown(info.osImage()));
            r.add(orUnknown(info.kernelVersion()));
            r.add(orUnknown(info.containerRuntimeVersion()));
        }
        return r;
    }

    /** Ready / NotReady / Unknown, plus ",SchedulingDisabled" when cordoned. */
    public static String status(Node node) {
        String ready = node.status().condition("Ready").map(NodeCondition::status).orElse("Unknown");
        String s = switch (ready) {
            case "True" -> "Ready";
            case "False" -> "NotReady";
            default -> "Unknown";
        };
        return node.spec().unschedulable() ? s + ",SchedulingDisabled" : s;
    }

    /** The node-role.kubernetes.io/&lt;role&gt; (and kubernetes.io/role) labels, sorted. */
    public static List<String> roles(Node node) {
        TreeSet<String> roles = new TreeSet<>();
        node.metadata().labels().forEach((k, v) -> {
            if (k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length()) {
                roles.add(k.substring(ROLE_PREFIX.length()));
            } else if (k.equals("kubernetes.io/role") && !v.isEmpty()) {
                roles.add(v);
            }
        });
        return List.copyOf(roles);
    }

    private static String orUnknown(String s) {
        return s == null || s.isEmpty() ? "<unknown>" : s;
    }
}
