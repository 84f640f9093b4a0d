package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.cluster.StaticPodManifests;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading kube-apiserver.yaml as the kubelet and kube-apiserver do: flags, ranges, and what keeps it down. */
class ApiServerManifestTest {
    private static final String KUBEADM = StaticPodManifests.of("kube-apiserver");
    private static final String CIDR_LINE = "    - --service-cluster-ip-range=10.96.0.0/12\n";

    private static String withFlag(String flagLine) {
        return KUBEADM.replace(CIDR_LINE, CIDR_LINE + flagLine + "\n");
    }

    @Test
    void kubeadmsManifestRunsWithTheDefaultRanges() {
        ApiServerManifest m = ApiServerManifest.parse(KUBEADM);
        assertTrue(m.startable());
        assertNull(m.problem());
        assertEquals("10.96.0.0/12", m.config().serviceClusterIPRange().toString());
        assertEquals("30000-32767", m.config().serviceNodePortRange().toString());
        assertEquals("kube-apiserver", m.command().get(0));
        assertEquals("--advertise-address=172.30.1.2", m.command().get(1));
        assertEquals(28, m.command().size());
        assertFalse(KUBEADM.contains("node-port"));
    }

    @Test
    void anAddedNodePortRangeIsTheNewRange() {
        ApiServerManifest m = ApiServerManifest.parse(withFlag("    - --service-node-port-range=30000-40000"));
        assertEquals("30000-40000", m.config().serviceNodePortRange().toString());
        assertTrue(m.command().contains("--service-node-port-range=30000-40000"));
        assertEquals("30000-30100", ApiServerManifest.parse(withFlag("    - --service-node-port-range=30000+100"))
                .config().serviceNodePortRange().toString());
    }

    @Test
    void rangesKubeApiServerRefuses() {
        assertEquals("invalid argument \"40000-30000\" for \"--service-node-port-range\" flag: end port cannot be "
                        + "less than start port: 40000-30000",
                ApiServerManifest.parse(withFlag("    - --service-node-port-range=40000-30000")).problem());
        assertEquals("invalid argument \"30000-70000\" for \"--service-node-port-range\" flag: the port range cannot "
                        + "be greater than 65535: 30000-70000",
                ApiServerManifest.parse(withFlag("    - --service-node-port-range=30000-70000")).problem());
        assertEquals("specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12",
                ApiServerManifest.parse(KUBEADM.replace("10.96.0.0/12", "10.0.0.0/8")).problem());
    }

    @Test
    void unknownFlagsAndArgumentsStopIt() {
        assertEquals("unknown flag: --service-nodeport-range",
                ApiServerManifest.parse(withFlag("    - --service-nodeport-range=30000-40000")).problem());
        assertEquals("unknown flag: --service-node-port-range 30000-40000",
                ApiServerManifest.parse(withFlag("    - --service-node-port-range 30000-40000")).problem());
        assertEquals("\"kube-apiserver\" does not take any arguments, got [\"30000-40000\"]",
                ApiServerManifest.parse(withFlag("    - 30000-40000")).problem());
    }

    @Test
    void brokenYamlKeepsItDown() {
        ApiServerManifest m = ApiServerManifest.parse(withFlag("  - --service-node-port-range=30000-40000"));
        assertFalse(m.startable());
        assertTrue(m.problem().startsWith("error parsing kube-apiserver.yaml: error converting YAML to JSON: yaml: "),
                m.problem());
        assertEquals("exec: \"kube-apiservr\": executable file not found in $PATH",
                ApiServerManifest.parse(KUBEADM.replace("    - kube-apiserver\n", "    - kube-apiservr\n")).problem());
    }

    @Test
    void onlyThePodCountsNotTheLayout() {
        ApiServerManifest kubeadm = ApiServerManifest.parse(KUBEADM);
        assertTrue(kubeadm.samePodAs(ApiServerManifest.parse("# edited\n" + KUBEADM + "\n\n")));
        assertFalse(kubeadm.samePodAs(ApiServerManifest.parse(withFlag("    - --v=2"))));
        assertFalse(kubeadm.samePodAs(null));
    }
}
