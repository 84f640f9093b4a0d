package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.api.Kind;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** kube-proxy reads its ConfigMap only when its pod starts; /proxyMode tells which mode a node runs. */
class KubeProxyModeTest {
    @Test
    void editingTheConfigMapChangesNothingUntilThePodsAreRecreated() {
        Lab lab = new Lab();
        assertEquals("iptables", proxyMode(lab, "node01"));
        lab.setProxyMode("ipvs");
        lab.settle();
        assertEquals("iptables", proxyMode(lab, "node01"), "the running pod keeps its mode");
        lab.restartKubeProxy();
        assertEquals("ipvs", proxyMode(lab, "node01"));
        assertEquals("ipvs", proxyMode(lab, "node02"));
    }

    @Test
    void metricsAndHealthPages() {
        Lab lab = new Lab();
        Listener l = ((Connection.Established) lab.connect(lab.fromNode("node02"), "127.0.0.1", 10249)).listener();
        assertEquals("ok", l.http("/healthz").orElseThrow().body());
        String metrics = l.http("/metrics").orElseThrow().body();
        assertTrue(metrics.contains("kubeproxy_sync_proxy_rules_last_timestamp_seconds 1.7957736e+09\n"), metrics);
        assertTrue(metrics.contains("kubeproxy_sync_proxy_rules_iptables_total{table=\"nat\"} "), metrics);
        assertTrue(l.http("/nope").isEmpty(), "404 for other paths");
        Listener health = ((Connection.Established) lab.connect(lab.fromNode("node02"), "172.30.3.2", 10256))
                .listener();
        assertEquals("{\"lastUpdated\": \"2026-11-27 10:00:00 +0000 UTC\",\"currentTime\": \"2026-11-27 10:00:00"
                + " +0000 UTC\", \"nodeEligible\": true}", health.http("/healthz").orElseThrow().body());
    }

    @Test
    void aNodeWithoutItsKubeProxyPodHasNoServiceRules() {
        Lab lab = new Lab();
        Pod proxy = lab.store().list(Pod.class, "kube-system").stream()
                .filter(p -> "kube-proxy".equals(p.metadata().labels().get("k8s-app"))
                        && "node01".equals(p.spec().nodeName())).findFirst().orElseThrow();
        lab.store().delete(Kind.POD, "kube-system", proxy.metadata().name());
        assertInstanceOf(Connection.TimedOut.class, lab.connect(lab.fromNode("node01"), "10.96.0.10", 53));
        assertInstanceOf(Connection.Refused.class, lab.connect(lab.fromNode("node01"), "127.0.0.1", 10249));
        assertInstanceOf(Connection.Established.class, lab.connect(lab.fromNode("node02"), "10.96.0.10", 53));
    }

    @Test
    void ipvsRefusesOtherPortsOfAVirtualAddressAndServicesWithoutEndpoints() {
        Lab lab = Scene.build(Lab.SEED);
        lab.setProxyMode("ipvs");
        lab.restartKubeProxy();
        var client = lab.fromPod("default", "client");
        String web = lab.service("default", "web").spec().clusterIP();
        assertInstanceOf(Connection.Established.class, lab.connect(client, web, 80));
        assertInstanceOf(Connection.Refused.class, lab.connect(client, web, 81), "iptables mode would time out");
        assertInstanceOf(Connection.Refused.class,
                lab.connect(client, lab.service("default", "empty").spec().clusterIP(), 80));
    }

    private static String proxyMode(Lab lab, String node) {
        Connection c = lab.connect(lab.fromNode(node), "127.0.0.1", 10249);
        return ((Connection.Established) c).listener().http("/proxyMode").orElseThrow().body();
    }
}
