package dev.kubelab.sandbox;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Same seed, clock and commands give the same screen; another seed gives other name suffixes. */
class DeterminismTest {
    private static final String COMMAND = "kubectl get pods -A -o wide";

    @Test
    void sameSeedSameOutput() {
        assertEquals(new Transcript(7).type(COMMAND), new Transcript(7).type(COMMAND));
    }

    @Test
    void otherSeedOtherSuffixesButSameShape() {
        String a = Transcript.unix(new Transcript(7).type(COMMAND));
        String b = Transcript.unix(new Transcript(8).type(COMMAND));
        assertNotEquals(a, b);
        assertEquals(a.lines().count(), b.lines().count());
        // The pod-template-hash depends on the template, not the seed, as in Kubernetes.
        assertEquals(hashOf(a), hashOf(b));
        assertTrue(a.contains("etcd-controlplane") && b.contains("etcd-controlplane"));
    }

    private static String hashOf(String table) {
        return table.lines().filter(l -> l.contains(" coredns-")).findFirst().orElseThrow()
                .replaceAll("^kube-system\\s+coredns-(\\w+)-\\w{5}\\s.*$", "$1");
    }

    /** The same seed, commands and clock give byte-identical state, workloads and Services included. */
    @Test
    void sameSeedCommandsAndClockGiveIdenticalObjects() {
        assertEquals(scenario(11), scenario(11));
        assertNotEquals(scenario(11), scenario(12), "the seed really feeds names and IPs");
    }

    private static String scenario(long seed) {
        Transcript t = new Transcript(seed);
        t.type("kubectl create deployment web --image=nginx --replicas=3");
        t.type("kubectl expose deployment web --port=80 --type=NodePort");
        t.advance(java.time.Duration.ofSeconds(20));
        t.sandbox().advance();
        t.type("kubectl scale deployment web --replicas=5");
        t.type("kubectl run stray --image=busybox --labels=app=web -- sleep 3600");
        t.advance(java.time.Duration.ofSeconds(20));
        t.sandbox().advance();
        return t.type("kubectl get all,ep,endpointslices -A -o yaml");
    }
}
