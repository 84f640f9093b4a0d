package dev.kubelab.sandbox.net;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.catalog.ImageCatalog;
import dev.kubelab.sandbox.net.dataplane.Dataplane;
import dev.kubelab.sandbox.net.dns.Resolver;
import dev.kubelab.sandbox.store.ObjectStore;

/**
 * One sandbox's network: what DNS, kube-proxy and the dataplane read (the store), the seeded random source
 * iptables picks endpoints with, the clock session affinity times out by, and the dataplane's own state.
 */
public final class Network {
    private final ObjectStore store;
    private final Seed seed;
    private final SimClock clock;
    private final ImageCatalog catalog = ImageCatalog.standard();
    private final Dataplane dataplane;
    private final Resolver resolver;
    private final TraceLog traces = new TraceLog();

    public Network(ObjectStore store, Seed seed, SimClock clock) {
        this.store = store;
        this.seed = seed;
        this.clock = clock;
        this.dataplane = new Dataplane(this);
        this.resolver = new Resolver(this);
    }

    public ObjectStore store() {
        return store;
    }

    public Seed seed() {
        return seed;
    }

    public SimClock clock() {
        return clock;
    }

    public ImageCatalog catalog() {
        return catalog;
    }

    /** Connections: kube-proxy rules, routing, what listens where. */
    public Dataplane dataplane() {
        return dataplane;
    }

    /** The connections of the latest command, for traces. */
    public TraceLog traces() {
        return traces;
    }

    /** Names to addresses as a program's C library resolves them (search list, ndots). */
    public Resolver resolver() {
        return resolver;
    }
}
