package dev.kubelab.sandbox.registry.service;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.ObjectMeta;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.registry.alloc.AllocationTxn;
import dev.kubelab.sandbox.registry.alloc.ClusterIpAllocator;
import dev.kubelab.sandbox.registry.alloc.NodePortAllocator;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.List;

/**
 * The Service REST storage: defaulting (as on decode) → allocation (beginCreate/beginUpdate) → strategy
 * (PrepareFor*) → validation → store, with allocations given back when anything fails and old values
 * released only once the update is stored.
 */
public final class ServiceRegistry {
    private final ObjectStore store;
    private final ServiceAllocations allocations;

    public ServiceRegistry(ObjectStore store, ClusterIpAllocator ips, NodePortAllocator ports) {
        this.store = store;
        this.allocations = new ServiceAllocations(ips, ports);
        for (Service existing : store.list(Service.class, null)) {
            allocations.register(ServiceDraft.of(existing));
        }
    }

    /** metadata must carry the system fields already (uid, creationTimestamp, namespace). */
    public Service create(Service svc, boolean dryRun) {
        ServiceDraft s = ServiceDraft.of(svc);
        ServiceDefaults.apply(s);
        ServiceStrategy.normalizeClusterIPs(s, null);
        AllocationTxn txn = new AllocationTxn();
        try {
            allocations.allocateCreate(s, txn);
            ServiceStrategy.prepareForCreate(s);
            failIfInvalid(s, ServiceValidation.validate(s));
            if (store.get(Service.class, s.metadata.namespace(), s.name()).isPresent()) {
                throw StatusError.alreadyExists(Kind.SERVICE, s.name());
            }
            if (dryRun) {
                txn.revert();
                return s.toService();
            }
            Service stored = store.create(s.toService());
            txn.commit();
            return stored;
        } catch (RuntimeException e) {
            txn.revert();
            throw e;
        }
    }

    /** A full replacement (PUT) of an existing Service; an empty resourceVersion skips the conflict check. */
    public Service update(Service svc, boolean dryRun) {
        Service current = store.get(Service.class, svc.metadata().namespace(), svc.metadata().name())
                .orElseThrow(() -> StatusError.notFound(Kind.SERVICE, svc.metadata().name()));
        String rv = svc.metadata().resourceVersion();
        if (rv != null && !rv.isEmpty() && !rv.equals(current.metadata().resourceVersion())) {
            throw StatusError.staleResourceVersion(Kind.SERVICE, svc.metadata().name());
        }
        ServiceDraft old = ServiceDraft.of(current);
        ServiceDraft s = ServiceDraft.of(svc.withMetadata(keepSystemFields(svc.metadata(), current.metadata())));
        ServiceDefaults.apply(s);
        ServiceStrategy.patchAllocatedValues(s, old);
        ServiceStrategy.normalizeClusterIPs(s, old);
        AllocationTxn txn = new AllocationTxn();
        try {
            allocations.allocateUpdate(s, old, txn);
            ServiceStrategy.prepareForUpdate(s, old);
            failIfInvalid(s, ServiceUpdateValidation.validate(old, s));
            if (dryRun) {
                txn.revert();
                return s.toService();
            }
            Service stored = store.update(s.toService());
            txn.commit();
            return stored;
        } catch (RuntimeException e) {
            txn.revert();
            throw e;
        }
    }

    public Service delete(String namespace, String name, boolean dryRun) {
        Service current = store.get(Service.class, namespace, name)
                .orElseThrow(() -> StatusError.notFound(Kind.SERVICE, name));
        if (!dryRun) {
            store.delete(Kind.SERVICE, namespace, name);
            allocations.release(ServiceDraft.of(current));
        }
        return current;
    }

    private static void failIfInvalid(ServiceDraft s, List<FieldError> errs) {
        if (!errs.isEmpty()) {
            throw StatusError.invalid(Kind.SERVICE, s.name(), errs);
        }
    }

    /** rest.BeforeUpdate: uid and creationTimestamp come from the stored object when the client left them out. */
    private static ObjectMeta keepSystemFields(ObjectMeta given, ObjectMeta stored) {
        boolean noUid = given.uid() == null || given.uid().isEmpty();
        if (!noUid && given.creationTimestamp() != null) {
            return given;
        }
        return ObjectMeta.of(given.name(), given.namespace(), noUid ? stored.uid() : given.uid(),
                        stored.creationTimestamp(), given.labels())
                .withAnnotations(given.annotations())
                .withOwnerReferences(given.ownerReferences())
                .withGenerateName(given.generateName())
                .withGeneration(given.generation())
                .withResourceVersion(given.resourceVersion());
    }
}
