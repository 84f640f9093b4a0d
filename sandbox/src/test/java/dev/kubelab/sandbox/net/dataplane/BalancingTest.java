package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.Viewpoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which endpoint a new connection gets: iptables' seeded random picks, ClientIP affinity, IPVS round robin. */
class BalancingTest {
    @Test
    void iptablesPicksAtRandomButTheSameWayForTheSameSeed() {
        List<String> first = picks(Scene.build(Lab.SEED), "web", 300);
        assertEquals(first, picks(Scene.build(Lab.SEED), "web", 300), "same seed, same picks");
        Map<String, Integer> counts = new TreeMap<>();
        first.forEach(p -> counts.merge(p, 1, Integer::sum));
        assertEquals(3, counts.size(), "every endpoint gets connections: " + counts);
        counts.values().forEach(n -> assertTrue(n > 60 && n < 140, "roughly a third each: " + counts));
        assertNotEquals(first.subList(0, 9), List.of(first.get(0), first.get(1), first.get(2), first.get(0),
                first.get(1), first.get(2), first.get(0), first.get(1), first.get(2)), "not round robin");
        assertNotEquals(first, picks(Scene.build(Lab.SEED + 1), "web", 300), "another seed, other picks");
    }

    @Test
    void clientIpAffinitySticksUntilTheTimeoutPasses() {
        Lab lab = Scene.build(Lab.SEED);
        List<String> sticky = picks(lab, "web-sticky", 20);
        assertEquals(1, sticky.stream().distinct().count(), "one client, one endpoint: " + sticky);
        List<String> afterTimeout = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lab.advance(Duration.ofSeconds(61)); // past timeoutSeconds 60: the recent entry is reaped
            afterTimeout.addAll(picks(lab, "web-sticky", 1));
        }
        assertTrue(afterTimeout.stream().distinct().count() > 1, "a new pick after each timeout: " + afterTimeout);
    }

    @Test
    void ipvsGoesRoundRobinInTheOrderIpvsadmLists() {
        Lab lab = Scene.build(Lab.SEED);
        lab.setProxyMode("ipvs");
        lab.restartKubeProxy();
        List<String> picks = picks(lab, "web", 6);
        List<String> ips = lab.pods("default", "web").stream().map(p -> p.status().podIP()).sorted().toList();
        assertEquals(List.of(ips.get(0), ips.get(1), ips.get(2), ips.get(0), ips.get(1), ips.get(2)), picks);
    }

    @Test
    void ipvsPersistenceKeepsAClientOnItsServer() {
        Lab lab = Scene.build(Lab.SEED);
        lab.setProxyMode("ipvs");
        lab.restartKubeProxy();
        assertEquals(1, picks(lab, "web-sticky", 5).stream().distinct().count());
    }

    /** The pod IP each of n connections from the client pod to the service lands on. */
    static List<String> picks(Lab lab, String service, int n) {
        Viewpoint client = Viewpoint.pod(Scene.client(lab));
        String ip = lab.service("default", service).spec().clusterIP();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Connection c = lab.connect(client, ip, 80);
            out.add(((Connection.Established) c).ip());
        }
        return out;
    }
}
