package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.Namespace;
import dev.kubelab.sandbox.api.generic.GenericObjects;
import dev.kubelab.sandbox.api.generic.GenericTypes;
import dev.kubelab.sandbox.cluster.DerivedUid;
import dev.kubelab.sandbox.cluster.ServiceAccounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** service-account-controller: account "default" in every active namespace, back if deleted. */
final class ServiceAccountsController implements Controller {
    private static final Set<Kind> READS = EnumSet.of(Kind.NAMESPACE, Kind.GENERIC);

    private final ControllerContext ctx;

    ServiceAccountsController(ControllerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Set<Kind> reads() {
        return READS;
    }

    @Override
    public void reconcile(Instant now) {
        for (Namespace ns : ctx.store().view(Namespace.class, null)) {
            String name = ns.metadata().name();
            if (!"Active".equals(ns.phase()) || ns.metadata().deletionTimestamp() != null || GenericObjects.get(
                    ctx.store(), GenericTypes.SERVICE_ACCOUNT, name, ServiceAccounts.DEFAULT).isPresent()) {
                continue;
            }
            // The uid derives from the namespace's and the store's revision, not from the seeded random source,
            // so the account moves no other random value (pod names) of what the learner creates next.
            String uid = DerivedUid.of("serviceaccount/default/" + ctx.store().resourceVersion(), ns.metadata().uid());
            GenericObject account = ServiceAccounts.of(ServiceAccounts.DEFAULT, name, uid, now);
            ctx.store().create(account);
        }
    }
}
