package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.controller.defaults.PodAdmission;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.registry.alloc.ClusterIpAllocator;
import dev.kubelab.sandbox.registry.alloc.NodePortAllocator;
import dev.kubelab.sandbox.registry.field.FieldError;
import dev.kubelab.sandbox.registry.service.ServiceRegistry;
import dev.kubelab.sandbox.registry.workload.WorkloadValidation;
import dev.kubelab.sandbox.store.AlreadyExistsException;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.List;
import java.util.Optional;

/**
 * The simulated kube-apiserver as kubectl verbs and controllers call it: Services go through their registry
 * (defaulting, validation, ClusterIP/NodePort allocation); other kinds pass through to the store for now. Every
 * failure is a {@link StatusError} shaped like the real one. Objects already in the store when it starts (the
 * bootstrap's kubernetes and kube-dns Services) keep what they hold: their IPs and ports cannot be handed out again.
 */
public final class ApiServer {
    private final ObjectStore store;
    private final Seed seed;
    private ApiServerConfig config;
    private ServiceRegistry services;
    private final SystemFields systemFields;
    private final SimClock clock;
    /** Whether it answers at a given time; always, unless a kubelet runs it as a static pod. */
    private ApiServerLifecycle lifecycle;

    public ApiServer(ObjectStore store, Seed seed, SimClock clock, ApiServerConfig config) {
        this.store = store;
        this.seed = seed;
        this.clock = clock;
        this.systemFields = new SystemFields(seed, clock);
        restart(config);
    }

    /** The cluster's time now (a request that comes later than the command that opened it, e.g. an edit's save). */
    public java.time.Instant now() {
        return clock.now();
    }

    /** A new kube-apiserver process with these flags; it rebuilds its allocators from what the store holds. */
    void restart(ApiServerConfig newConfig) {
        this.config = newConfig;
        this.services = new ServiceRegistry(store,
                new ClusterIpAllocator(newConfig.serviceClusterIPRange(), seed),
                new NodePortAllocator(newConfig.serviceNodePortRange(), seed));
    }

    void servedBy(ApiServerLifecycle kubelet) {
        this.lifecycle = kubelet;
    }

    /** False while its static pod restarts or cannot start: clients get "connection refused". */
    public boolean serving(java.time.Instant now) {
        return lifecycle == null || lifecycle.serving(now);
    }

    public ApiServerConfig config() {
        return config;
    }

    public <T extends KubeObject> T create(T object) {
        return create(object, false);
    }

    /** POST; dryRun = server-side dry run (nothing stored, nothing kept allocated). */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject> T create(T object, boolean dryRun) {
        T filled = admitPod(systemFields.forCreate(object));
        NamespaceLifecycle.admitCreate(store, filled);
        ServiceAccountAdmission.admitCreate(store, filled);
        LabLimits.admitCreate(store, filled);
        ValidatingWebhooks.admit(store, filled);
        rejectInvalid(filled, null);
        if (filled instanceof Service) {
            return (T) services.create((Service) filled, dryRun);
        }
        if (store.get(filled.getClass(), filled.metadata().namespace(), filled.metadata().name()).isPresent()) {
            throw StatusError.alreadyExists(filled.kind(), filled.metadata().name());
        }
        if (dryRun) {
            return filled;
        }
        try {
            return store.create(filled);
        } catch (AlreadyExistsException e) {
            throw StatusError.alreadyExists(filled.kind(), filled.metadata().name());
        }
    }

    public <T extends KubeObject> T update(T object) {
        return update(object, false);
    }

    /** PUT of the whole object; a non-empty stale resourceVersion is a Conflict. */
    @SuppressWarnings("unchecked")
    public <T extends KubeObject> T update(T object, boolean dryRun) {
        if (object instanceof Service) {
            return (T) services.update((Service) object, dryRun);
        }
        if (object instanceof GenericObject) { // looked up by type, which the class alone does not tell
            ValidatingWebhooks.admit(store, object);
            T bumped = (T) CustomResources.withGeneration((GenericObject) object, store);
            return dryRun ? bumped : store.update(bumped);
        }
        KubeObject current = get(object.getClass(), object.metadata().namespace(), object.metadata().name());
        rejectInvalid(object, current);
        LabLimits.admitReplicas(object);
        String rv = object.metadata().resourceVersion();
        if (rv != null && !rv.isEmpty() && !rv.equals(current.metadata().resourceVersion())) {
            throw StatusError.staleResourceVersion(object.kind(), object.metadata().name());
        }
        return dryRun ? object : store.update(object);
    }

    /** A new pod passes the ServiceAccount, DefaultTolerationSeconds and Priority admission plugins. */
    @SuppressWarnings("unchecked")
    private static <T extends KubeObject> T admitPod(T object) {
        if (!(object instanceof Pod)) {
            return object;
        }
        Pod pod = (Pod) object;
        return (T) pod.withSpec(PodAdmission.admit(pod.spec(), pod.metadata().uid()));
    }

    /** Workloads whose selector is invalid, changed, or does not match their template's labels: 422 Invalid. */
    private static void rejectInvalid(KubeObject object, KubeObject old) {
        List<FieldError> errors = WorkloadValidation.validate(object, old);
        if (!errors.isEmpty()) {
            throw StatusError.invalid(object.kind(), object.metadata().name(), errors);
        }
    }

    /** DELETE: the object as it was; Services give back their ClusterIP and nodePorts. */
    public KubeObject delete(Kind kind, String namespace, String name) {
        return delete(kind, namespace, name, false);
    }

    public KubeObject delete(Kind kind, String namespace, String name, boolean dryRun) {
        if (kind == Kind.SERVICE) {
            return services.delete(namespace, name, dryRun);
        }
        KubeObject current = get(kind.type(), namespace, name);
        if (!dryRun) {
            store.delete(kind, namespace, name);
        }
        return current;
    }

    /** GET, or NotFound: {@code services "x" not found}. */
    public <T extends KubeObject> T get(Class<T> type, String namespace, String name) {
        return find(type, namespace, name).orElseThrow(() -> StatusError.notFound(Kind.of(type), name));
    }

    public <T extends KubeObject> Optional<T> find(Class<T> type, String namespace, String name) {
        return store.get(type, namespace, name);
    }

    /** LIST in key order; namespace null = all namespaces. */
    public <T extends KubeObject> List<T> list(Class<T> type, String namespace) {
        return store.list(type, namespace);
    }
}
