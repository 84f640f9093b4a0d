package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.DaemonSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * printDaemonSet: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE [+ CONTAINERS IMAGES
 * SELECTOR]. The engine's WorkloadStatus carries desired/current scheduled as replicas.
 */
public final class DaemonSetColumns implements ColumnSet<DaemonSet> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "DESIRED", "CURRENT", "READY", "UP-TO-DATE", "AVAILABLE",
                "NODE SELECTOR", "AGE"));
        if (wide) {
            h.addAll(List.of("CONTAINERS", "IMAGES", "SELECTOR"));
        }
        return h;
    }

    @Override
    public List<String> row(DaemonSet ds, Instant now, boolean wide) {
        var s = ds.status();
        Map<String, String> nodeSelector = ds.template() == null || ds.template().spec() == null ? Map.of()
                : ds.template().spec().nodeSelector();
        List<String> r = new ArrayList<>(List.of(ds.metadata().name(), Integer.toString(s.replicas()),
                Integer.toString(s.replicas()), Integer.toString(s.readyReplicas()),
                Integer.toString(s.updatedReplicas()), Integer.toString(s.availableReplicas()),
                Labels.format(nodeSelector), ColumnSet.age(ds.metadata().creationTimestamp(), now)));
        if (wide) {
            r.addAll(WorkloadCells.wide(ds.template(), ds.selector()));
        }
        return r;
    }
}
