package dev.kubelab.sandbox.net.dataplane;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The kernel state connections leave behind, per node: the `recent` lists of ClientIP affinity (iptables),
 * IPVS round-robin positions and persistence entries, and the next ephemeral source port.
 */
final class ProxyState {
    private static final int FIRST_PORT = 32768;
    private static final int PORTS = 60999 - FIRST_PORT + 1;

    private final Map<String, Instant> recent = new HashMap<>();
    private final Map<String, String> lastPick = new HashMap<>();
    private final Map<String, Persisted> persistence = new HashMap<>();
    private int portOffset = 12345;

    private record Persisted(String real, Instant lastUsed) {}

    int nextPort() {
        portOffset = (portOffset + 1) % PORTS;
        return FIRST_PORT + portOffset;
    }

    /** recent --rcheck --seconds N: the client was --set in this list within the last N seconds. */
    boolean recentlySeen(String node, String list, String client, int seconds, Instant now) {
        Instant seen = recent.get(node + "|" + list + "|" + client);
        if (seen == null) {
            return false;
        }
        if (now.isAfter(seen.plus(Duration.ofSeconds(seconds)))) {
            recent.remove(node + "|" + list + "|" + client); // --reap
            return false;
        }
        return true;
    }

    void recentSet(String node, String list, String client, Instant now) {
        recent.put(node + "|" + list + "|" + client, now);
    }

    String lastPick(String node, String virtualServer) {
        return lastPick.get(node + "|" + virtualServer);
    }

    void picked(String node, String virtualServer, String real) {
        lastPick.put(node + "|" + virtualServer, real);
    }

    /** The real server a persistent virtual server keeps for this client, if the entry has not expired. */
    String persisted(String node, String virtualServer, String client, int seconds, Instant now) {
        String key = node + "|" + virtualServer + "|" + client;
        Persisted p = persistence.get(key);
        if (p == null || now.isAfter(p.lastUsed().plus(Duration.ofSeconds(seconds)))) {
            persistence.remove(key);
            return null;
        }
        return p.real();
    }

    void persist(String node, String virtualServer, String client, String real, Instant now) {
        persistence.put(node + "|" + virtualServer + "|" + client, new Persisted(real, now));
    }
}
