package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.ReplicaSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printReplicaSet: NAME DESIRED CURRENT READY AGE [+ CONTAINERS IMAGES SELECTOR]. */
public final class ReplicaSetColumns implements ColumnSet<ReplicaSet> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "DESIRED", "CURRENT", "READY", "AGE"));
        if (wide) {
            h.addAll(List.of("CONTAINERS", "IMAGES", "SELECTOR"));
        }
        return h;
    }

    @Override
    public List<String> row(ReplicaSet rs, Instant now, boolean wide) {
        List<String> r = new ArrayList<>(List.of(rs.metadata().name(), Integer.toString(rs.replicas()),
                Integer.toString(rs.status().replicas()), Integer.toString(rs.status().readyReplicas()),
                ColumnSet.age(rs.metadata().creationTimestamp(), now)));
        if (wide) {
            r.addAll(WorkloadCells.wide(rs.template(), rs.selector()));
        }
        return r;
    }
}
