package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Container;
import dev.kubelab.sandbox.api.LabelSelector;
import dev.kubelab.sandbox.api.PodTemplateSpec;
import dev.kubelab.sandbox.selector.Selector;

import java.util.List;
import java.util.StringJoiner;

/** Cells the workload printers share: layoutContainerCells (CONTAINERS, IMAGES) and the SELECTOR string. */
final class WorkloadCells {
    private WorkloadCells() {
    }

    /** CONTAINERS, IMAGES and SELECTOR, the three wide columns of deployments, replicasets and daemonsets. */
    static List<String> wide(PodTemplateSpec template, LabelSelector selector) {
        StringJoiner names = new StringJoiner(",");
        StringJoiner images = new StringJoiner(",");
        if (template != null && template.spec() != null) {
            for (Container c : template.spec().containers()) {
                names.add(c.name());
                images.add(c.image());
            }
        }
        return List.of(names.toString(), images.toString(), Selector.of(selector).formatted());
    }
}
