package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EndpointSlice controller: for every selector Service, slices &lt;svc&gt;-&lt;5 chars&gt; (one per distinct port
 * set, a placeholder without ports or endpoints when nothing matches), endpoints in the order the pods were seen,
 * terminating pods kept with ready=false. Slices of deleted Services are removed.
 */
final class EndpointSliceController implements Controller {
    private static final String MANAGED_BY = EndpointSliceShape.MANAGED_BY;
    private static final String CONTROLLER = EndpointSliceShape.CONTROLLER;
    private static final String SERVICE_NAME = EndpointSliceShape.SERVICE_NAME;
    private final ControllerContext ctx;

    private final InputMemo memo = new InputMemo();

    EndpointSliceController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    private static final Set<Kind> READS = EnumSet.of(Kind.SERVICE, Kind.POD, Kind.ENDPOINTSLICE);

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (EndpointSlice slice : ctx.store().view(EndpointSlice.class, null)) {
            String svc = slice.metadata().labels().get(SERVICE_NAME);
            if (CONTROLLER.equals(slice.metadata().labels().get(MANAGED_BY)) && (svc == null || ctx.store()
                    .get(Service.class, slice.metadata().namespace(), svc).filter(EndpointSubsets::selects).isEmpty())) {
                ctx.store().delete(Kind.ENDPOINTSLICE, slice.metadata().namespace(), slice.metadata().name());
            }
        }
        for (Service svc : ctx.store().view(Service.class, null)) {
            String ns = svc.metadata().namespace();
            if (EndpointSubsets.selects(svc) && !memo.unchanged(svc.metadata().uid(),
                    svc, ctx.store().view(Pod.class, ns), ctx.store().view(EndpointSlice.class, ns))) {
                sync(svc, now);
            }
        }
        memo.endPass();
    }

    private void sync(Service svc, Instant now) {
        Map<List<EndpointPort>, List<EndpointSlice.Endpoint>> desired = EndpointSliceShape.desired(svc, ctx.store());
        List<EndpointSlice> current = new ArrayList<>();
        for (EndpointSlice s : ctx.store().view(EndpointSlice.class, svc.metadata().namespace())) {
            if (svc.metadata().name().equals(s.metadata().labels().get(SERVICE_NAME))
                    && CONTROLLER.equals(s.metadata().labels().get(MANAGED_BY))) {
                current.add(s);
            }
        }
        Map<String, String> labels = EndpointSliceShape.labels(svc);
        int i = 0;
        for (Map.Entry<List<EndpointPort>, List<EndpointSlice.Endpoint>> e : desired.entrySet()) {
            if (i < current.size()) {
                EndpointSlice s = current.get(i);
                EndpointSlice want = new EndpointSlice(s.metadata().withLabels(labels), "IPv4", e.getValue(), e.getKey());
                if (!want.equals(s)) {
                    ctx.store().update(want);
                }
            } else {
                EndpointSliceShape.create(ctx.store(), ctx.seed(), svc, e.getKey(), e.getValue(), now);
            }
            i++;
        }
        for (; i < current.size(); i++) {
            ctx.store().delete(Kind.ENDPOINTSLICE, svc.metadata().namespace(), current.get(i).metadata().name());
        }
    }
}
