package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.kubectl.print.HumanDuration;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * describeNodeResource: the "Non-terminated Pods" table and "Allocated resources". The engine's containers
 * carry no resource requests or limits, so every amount is 0 (0%).
 */
final class NodePodsSection {
    private static final String NONE = "0 (0%)";

    private NodePodsSection() {
    }

    static void write(DescribeWriter w, Node node, ObjectStore store, Instant now) {
        List<Pod> pods = new ArrayList<>();
        for (Pod p : store.list(Pod.class, null)) {
            String phase = p.status().phase();
            if (node.metadata().name().equals(p.spec().nodeName()) && !"Succeeded".equals(phase)
                    && !"Failed".equals(phase)) {
                pods.add(p);
            }
        }
        w.line("Non-terminated Pods:\t(" + pods.size() + " in total)");
        w.write(1, "Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n");
        w.write(1, "---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n");
        for (Pod p : pods) {
            w.write(1, p.metadata().namespace() + "\t" + p.metadata().name() + "\t\t" + NONE + "\t" + NONE + "\t"
                    + NONE + "\t" + NONE + "\t" + HumanDuration.format(Duration.between(p.metadata().creationTimestamp(), now)) + "\n");
        }
        w.write(0, "Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n");
        w.write(1, "Resource\tRequests\tLimits\n");
        w.write(1, "--------\t--------\t------\n");
        for (String resource : List.of("cpu", "memory", "ephemeral-storage", "hugepages-1Gi", "hugepages-2Mi")) {
            w.write(1, resource + "\t" + NONE + "\t" + NONE + "\n");
        }
    }
}
