package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.Deployment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printDeployment: NAME READY UP-TO-DATE AVAILABLE AGE [+ CONTAINERS IMAGES SELECTOR]. */
public final class DeploymentColumns implements ColumnSet<Deployment> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "READY", "UP-TO-DATE", "AVAILABLE", "AGE"));
        if (wide) {
            h.addAll(List.of("CONTAINERS", "IMAGES", "SELECTOR"));
        }
        return h;
    }

    @Override
    public List<String> row(Deployment d, Instant now, boolean wide) {
        var status = d.status();
        List<String> r = new ArrayList<>(List.of(d.metadata().name(), status.readyReplicas() + "/" + d.replicas(),
                Integer.toString(status.updatedReplicas()), Integer.toString(status.availableReplicas()),
                ColumnSet.age(d.metadata().creationTimestamp(), now)));
        if (wide) {
            r.addAll(WorkloadCells.wide(d.template(), d.selector()));
        }
        return r;
    }
}
