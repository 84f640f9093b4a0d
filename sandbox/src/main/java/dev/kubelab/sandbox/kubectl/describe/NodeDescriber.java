package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Event;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.NodeAddress;
import dev.kubelab.sandbox.api.NodeCondition;
import dev.kubelab.sandbox.api.NodeSystemInfo;
import dev.kubelab.sandbox.api.Taint;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** describeNode (kubectl pkg/describe), over the engine's Node plus {@link NodeHardware} and {@link NodeLease}. */
final class NodeDescriber implements Describer {
    private static final String ROLE_PREFIX = "node-role.kubernetes.io/";

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        Node node = (Node) object;
        var meta = node.metadata();
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + meta.name());
        TreeSet<String> roles = roles(meta.labels());
        w.line("Roles:\t" + (roles.isEmpty() ? "<none>" : String.join(",", roles)));
        DescribeSections.labels(w, "Labels", meta.labels());
        DescribeSections.annotations(w, meta.annotations());
        w.line("CreationTimestamp:\t" + PodDescriber.RFC1123Z.format(meta.creationTimestamp()));
        taints(w, node.spec().taints());
        w.line("Unschedulable:\t" + node.spec().unschedulable());
        NodeLease lease = NodeLease.of(node, now);
        w.line("Lease:");
        w.write(1, "HolderIdentity:\t" + meta.name() + "\n");
        w.write(1, "AcquireTime:\t<unset>\n");
        w.write(1, "RenewTime:\t" + PodDescriber.RFC1123Z.format(lease.renewTime()) + "\n");
        if (!node.status().conditions().isEmpty()) {
            w.write(0, "Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n");
            w.write(1, "----\t------\t-----------------\t------------------\t------\t-------\n");
            for (NodeCondition c : node.status().conditions()) {
                w.write(1, c.type() + " \t" + c.status() + " \t" + PodDescriber.RFC1123Z.format(lease.heartbeat())
                        + " \t" + PodDescriber.RFC1123Z.format(meta.creationTimestamp()) + " \t" + c.reason() + " \t"
                        + NodeLease.message(c.reason()) + "\n");
            }
        }
        w.line("Addresses:");
        for (NodeAddress a : node.status().addresses()) {
            w.write(1, a.type() + ":\t" + a.address() + "\n");
        }
        resources(w, "Capacity", NodeHardware.CAPACITY);
        resources(w, "Allocatable", NodeHardware.ALLOCATABLE);
        systemInfo(w, meta.name(), node.status().nodeInfo());
        String cidr = node.spec().podCIDR();
        if (cidr != null && !cidr.isEmpty()) {
            w.line("PodCIDR:\t" + cidr);
            w.line("PodCIDRs:\t" + cidr);
        }
        NodePodsSection.write(w, node, store, now);
        DescribeSections.events(w, events(node, store), now);
        return w.text();
    }

    /** findNodeRoles: node-role.kubernetes.io/ROLE labels and the kubernetes.io/role label's value, sorted. */
    private static TreeSet<String> roles(Map<String, String> labels) {
        TreeSet<String> roles = new TreeSet<>();
        labels.forEach((k, v) -> {
            if (k.startsWith(ROLE_PREFIX) && k.length() > ROLE_PREFIX.length()) {
                roles.add(k.substring(ROLE_PREFIX.length()));
            } else if (k.equals("kubernetes.io/role") && !v.isEmpty()) {
                roles.add(v);
            }
        });
        return roles;
    }

    /** printNodeTaintsMultiline: key=value:effect (key:effect without a value), one per line, by effect then key. */
    private static void taints(DescribeWriter w, List<Taint> taints) {
        if (taints.isEmpty()) {
            w.line("Taints:\t<none>");
            return;
        }
        List<Taint> sorted = new ArrayList<>(taints);
        sorted.sort(Comparator.comparing((Taint t) -> t.effect() + "," + t.key()));
        String title = "Taints:\t";
        for (Taint t : sorted) {
            String value = t.value() == null || t.value().isEmpty() ? "" : "=" + t.value();
            w.line(title + t.key() + value + ":" + t.effect());
            title = "\t";
        }
    }

    private static void resources(DescribeWriter w, String title, Map<String, String> resources) {
        w.line(title + ":");
        resources.forEach((name, value) -> w.line("  " + name + ":\t" + value));
    }

    private static void systemInfo(DescribeWriter w, String node, NodeSystemInfo info) {
        w.line("System Info:");
        w.line("  Machine ID:\t" + NodeHardware.machineId(node));
        w.line("  System UUID:\t" + NodeHardware.systemUuid(node));
        w.line("  Boot ID:\t" + NodeHardware.bootId(node));
        w.line("  Kernel Version:\t" + info.kernelVersion());
        w.line("  OS Image:\t" + info.osImage());
        w.line("  Operating System:\t" + info.operatingSystem());
        w.line("  Architecture:\t" + info.architecture());
        w.line("  Container Runtime Version:\t" + info.containerRuntimeVersion());
        w.line("  Kubelet Version:\t" + info.kubeletVersion());
        // DisableNodeKubeProxyVersion is off by default in 1.32: the kubelet still reports its own version here.
        w.line("  Kube-Proxy Version:\t" + info.kubeletVersion());
    }

    /** Node events carry the node's uid (controllers) or its name (the kubelet) as involvedObject.uid. */
    private static List<Event> events(Node node, ObjectStore store) {
        List<Event> out = new ArrayList<>();
        for (Event e : store.list(Event.class, "default")) {
            var ref = e.involvedObject();
            String uid = ref.uid();
            if (ref.kind().equals("Node") && ref.name().equals(node.metadata().name())
                    && (uid == null || uid.equals(node.metadata().uid()) || uid.equals(ref.name()))) {
                out.add(e);
            }
        }
        return out;
    }
}
