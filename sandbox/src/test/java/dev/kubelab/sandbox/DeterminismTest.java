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
}
