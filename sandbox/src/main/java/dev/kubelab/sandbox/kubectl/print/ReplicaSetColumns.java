package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.ReplicaWorkload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * printReplicaSet and printReplicationController: NAME DESIRED CURRENT READY AGE [+ CONTAINERS IMAGES
 * SELECTOR], a ReplicationController's SELECTOR being its label map.
 */
public final class ReplicaSetColumns<T extends KubeObject & ReplicaWorkload<T>> implements ColumnSet<T> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "DESIRED", "CURRENT", "READY", "AGE"));
        if (wide) {
            h.addAll(List.of("CONTAINERS", "IMAGES", "SELECTOR"));
        }
        return h;
    }

    @Override
    public List<String> row(T rs, Instant now, boolean wide) {
        List<String> r = new ArrayList<>(List.of(rs.metadata().name(), Integer.toString(rs.replicas()),
                Integer.toString(rs.status().replicas()), Integer.toString(rs.status().readyReplicas()),
                ColumnSet.age(rs.metadata().creationTimestamp(), now)));
        if (wide) {
            r.addAll(WorkloadCells.wide(rs.template(), rs.podSelector()));
        }
        return r;
    }
}
