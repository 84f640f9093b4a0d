package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.StatefulSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printStatefulSet: NAME READY (ready/spec.replicas) AGE [+ CONTAINERS IMAGES]. */
public final class StatefulSetColumns implements ColumnSet<StatefulSet> {

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "READY", "AGE"));
        if (wide) {
            h.addAll(List.of("CONTAINERS", "IMAGES"));
        }
        return h;
    }

    @Override
    public List<String> row(StatefulSet sts, Instant now, boolean wide) {
        int ready = sts.status() == null ? 0 : sts.status().readyReplicas();
        List<String> r = new ArrayList<>(List.of(sts.metadata().name(), ready + "/" + sts.replicas(),
                ColumnSet.age(sts.metadata().creationTimestamp(), now)));
        if (wide) {
            r.addAll(WorkloadCells.wide(sts.template(), sts.selector()).subList(0, 2));
        }
        return r;
    }
}
