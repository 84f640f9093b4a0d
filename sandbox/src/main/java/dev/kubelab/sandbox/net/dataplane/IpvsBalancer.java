package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.proxy.VirtualServer;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * IPVS's choice of real server: a persistent service (ClientIP affinity) keeps a client on its server until the
 * timeout passes; otherwise round robin, the server after the one used last time (in the listed order).
 */
final class IpvsBalancer {
    private final ProxyState state;
    private final Supplier<Instant> clock;

    IpvsBalancer(ProxyState state, Supplier<Instant> clock) {
        this.state = state;
        this.clock = clock;
    }

    VirtualServer.RealServer pick(String node, VirtualServer vs, String client) {
        List<VirtualServer.RealServer> reals = vs.destinations();
        Instant now = clock.get();
        if (vs.persistentSeconds() > 0) {
            String kept = state.persisted(node, vs.key(), client, vs.persistentSeconds(), now);
            for (VirtualServer.RealServer r : reals) {
                if (r.address().equals(kept)) {
                    state.persist(node, vs.key(), client, kept, now);
                    return r;
                }
            }
        }
        String last = state.lastPick(node, vs.key());
        int next = 0;
        for (int i = 0; i < reals.size(); i++) {
            if (reals.get(i).address().equals(last)) {
                next = (i + 1) % reals.size();
            }
        }
        VirtualServer.RealServer chosen = reals.get(next);
        state.picked(node, vs.key(), chosen.address());
        if (vs.persistentSeconds() > 0) {
            state.persist(node, vs.key(), client, chosen.address(), now);
        }
        return chosen;
    }
}
