package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.Seed;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The kubeadm Corefile as one server: kubernetes (cluster.local and reverse zones, fallthrough for unknown
 * addresses), forward . /etc/resolv.conf (the upstream), cache 30 (caps forwarded TTLs; cluster.local is not
 * cached) and loadbalance (shuffles the address records of each answer, from the sandbox's seed).
 */
final class CoreDns implements DnsServer {
    static final int CACHE_MAX_TTL = 30;
    private final String address;
    private final ObjectStore store;
    private final Seed seed;
    private final SimClock clock;

    CoreDns(String address, ObjectStore store, Seed seed, SimClock clock) {
        this.address = address;
        this.store = store;
        this.seed = seed;
        this.clock = clock;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Reply query(Question q) {
        Upstream upstream = new Upstream(clock.now());
        Function<Question, Reply> forward = question -> upstream.answer(question).capTtl(CACHE_MAX_TTL);
        ClusterObjects cluster = new ClusterObjects(store);
        Reply reply;
        if (DnsNames.within(q.name(), DnsNames.ZONE)) {
            reply = new ServiceZone(cluster, forward, cluster.serial(Instant.EPOCH)).answer(q);
        } else {
            reply = new ReverseZone(cluster).answer(q).orElseGet(() -> forward.apply(q));
        }
        return loadbalance(reply);
    }

    /** The loadbalance plugin: a random order for the A records (CNAMEs stay in front). */
    private Reply loadbalance(Reply reply) {
        List<Record> addresses = new ArrayList<>();
        List<Record> others = new ArrayList<>();
        for (Record r : reply.answers()) {
            (r.type() == RecordType.A ? addresses : others).add(r);
        }
        if (addresses.size() < 2) {
            return reply;
        }
        for (int i = addresses.size() - 1; i > 0; i--) {
            int j = seed.nextInt(i + 1);
            Record t = addresses.get(i);
            addresses.set(i, addresses.get(j));
            addresses.set(j, t);
        }
        others.addAll(addresses);
        return reply.withAnswers(others);
    }

    @Override
    public int ednsUdpSize() {
        return 1232;
    }

    @Override
    public boolean echoesCookie() {
        return true;
    }
}
