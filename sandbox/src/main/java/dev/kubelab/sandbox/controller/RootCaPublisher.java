package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.ConfigMap;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.cluster.RootCa;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** root-ca-cert-publisher: puts kube-root-ca.crt into every active namespace, back if deleted or edited. */
final class RootCaPublisher implements Controller {
    private static final Set<Kind> READS = EnumSet.of(Kind.NAMESPACE, Kind.CONFIGMAP);

    private final ControllerContext ctx;

    RootCaPublisher(ControllerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (Namespace ns : ctx.store().view(Namespace.class, null)) {
            if (!"Active".equals(ns.phase())) {
                continue;
            }
            String name = ns.metadata().name();
            ConfigMap current = ctx.store().get(ConfigMap.class, name, RootCa.NAME).orElse(null);
            if (current == null) {
                ctx.store().create(RootCa.configMap(name, ctx.seed().uid(), now));
            } else if (!current.data().equals(RootCa.DATA)
                    || !current.metadata().annotations().equals(RootCa.ANNOTATIONS)) {
                ctx.store().update(new ConfigMap(current.metadata().withAnnotations(RootCa.ANNOTATIONS), RootCa.DATA));
            }
        }
    }
}
