package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.store.ObjectKey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The endpoints controller: for every Service with a selector, an Endpoints object of the same name listing the
 * matching pods (see {@link EndpointSubsets}); deleted with its Service. Selector-less Services are left to
 * whoever writes their Endpoints (the apiserver for `kubernetes`, the learner otherwise).
 */
final class EndpointsController implements Controller {
    private final ControllerContext ctx;
    /** Services we manage Endpoints for, so their deletion removes the Endpoints too. */
    private final Set<ObjectKey> managed = new HashSet<>();
    private final InputMemo memo = new InputMemo();

    EndpointsController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.SERVICE, Kind.POD, Kind.ENDPOINTS);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        Set<ObjectKey> live = new HashSet<>();
        for (Service svc : ctx.store().view(Service.class, null)) {
            if (!EndpointSubsets.selects(svc)) {
                continue;
            }
            String ns = svc.metadata().namespace();
            ObjectKey key = new ObjectKey(ns, svc.metadata().name());
            live.add(key);
            managed.add(key);
            if (!memo.unchanged(svc.metadata().uid(), svc, ctx.store().view(Pod.class, ns),
                    ctx.store().get(Endpoints.class, ns, svc.metadata().name()).orElse(null))) {
                sync(svc, now);
            }
        }
        memo.endPass();
        for (ObjectKey gone : new HashSet<>(managed)) {
            if (!live.contains(gone)) {
                managed.remove(gone);
                if (ctx.store().get(Service.class, gone.namespace(), gone.name()).isEmpty()) {
                    ctx.store().delete(dev.kubelab.sandbox.api.Kind.ENDPOINTS, gone.namespace(), gone.name());
                }
            }
        }
    }

    private void sync(Service svc, Instant now) {
        var subsets = EndpointSubsets.of(svc, ctx.store());
        Map<String, String> labels = new HashMap<>(svc.metadata().labels());
        if ("None".equals(svc.spec().clusterIP())) {
            labels.put("service.kubernetes.io/headless", "");
        }
        var existing = ctx.store().get(Endpoints.class, svc.metadata().namespace(), svc.metadata().name());
        if (existing.isEmpty()) {
            ObjectMeta meta = ObjectMeta.of(svc.metadata().name(), svc.metadata().namespace(), ctx.seed().uid(), now,
                    labels).withAnnotations(EndpointTriggerTime.stamp(Map.of(),
                    EndpointTriggerTime.of(svc, ctx.store(), Map.of(), now)));
            ctx.store().create(new Endpoints(meta, subsets));
            return;
        }
        Endpoints ep = existing.get();
        if (!ep.subsets().equals(subsets) || !ep.metadata().labels().equals(labels)) {
            ObjectMeta meta = ep.metadata().withLabels(labels)
                    .withAnnotations(EndpointTriggerTime.stamp(ep.metadata().annotations(),
                            EndpointTriggerTime.of(svc, ctx.store(), ep.metadata().annotations(), now)));
            ctx.store().update(new Endpoints(meta, List.copyOf(subsets)));
        }
    }
}
