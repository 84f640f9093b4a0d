package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServiceStatus;
import dev.kubelab.sandbox.net.Viewpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ARP for LoadBalancer and external IPs: the announcing node, and every IPVS node while strictARP is false. */
class NeighboursTest {
    private static final String LB_IP = "172.30.255.240";

    private static Lab labWithLoadBalancer() {
        Lab lab = Scene.build(Lab.SEED);
        lab.kubectl("expose deployment web --port=80 --type=LoadBalancer --name=web-lb");
        Service lb = lab.service("default", "web-lb");
        lab.store().update(new Service(lb.metadata(), lb.spec(),
                new ServiceStatus(List.of(new LoadBalancerIngress(LB_IP, null, "VIP")))));
        return lab;
    }

    @Test
    void inIptablesModeOnlyTheAnnouncerAnswers() {
        Lab lab = labWithLoadBalancer();
        assertEquals(List.of("node01"), lab.dataplane().neighbours().answerers(LB_IP));
    }

    @Test
    void ipvsWithoutStrictArpMakesEveryNodeAnswerUntilStrictArpIsSetAndKubeProxyRestarted() {
        Lab lab = labWithLoadBalancer();
        lab.setProxyMode("ipvs", false);
        lab.restartKubeProxy();
        Neighbours arp = lab.dataplane().neighbours();
        assertEquals(List.of("controlplane", "node01", "node02"), arp.answerers(LB_IP));
        List<String> replies = arp.probe("laptop", LB_IP);
        assertEquals(3, replies.size());
        Connection c = lab.connect(Viewpoint.laptop(), LB_IP, 80);
        assertInstanceOf(Connection.Established.class, c, c.hops().toString());
        assertTrue(c.hops().get(1).note().startsWith(replies.get(0) + " answers ARP for " + LB_IP + " (so do "),
                c.hops().get(1).note());
        assertEquals(List.of("controlplane", "node01", "node02"), arp.answerers("10.96.0.1"),
                "kube-ipvs0 holds ClusterIPs too");
        assertInstanceOf(Connection.TimedOut.class, lab.connect(Viewpoint.laptop(), "10.96.0.1", 443),
                "but the laptop never ARPs for an address off its network");

        lab.setProxyMode("ipvs", true);
        lab.settle();
        assertEquals(List.of("controlplane", "node01", "node02"), arp.answerers(LB_IP), "read only at start");
        lab.restartKubeProxy();
        assertEquals(List.of("node01"), arp.answerers(LB_IP));
        assertEquals("node01 answers ARP for " + LB_IP, lab.connect(Viewpoint.laptop(), LB_IP, 80).hops().get(1)
                .note(), "the cached node stopped answering: a new who-has finds only the announcer");
    }

    @Test
    void externalIpsAreAnsweredOnlyByIpvsNodesWithoutStrictArp() {
        Lab lab = Scene.build(Lab.SEED);
        lab.kubectl("expose deployment web --port=8080 --target-port=80 --external-ip=172.30.100.10 --name=web-ext");
        assertInstanceOf(Connection.TimedOut.class, lab.connect(Viewpoint.laptop(), "172.30.100.10", 8080));
        lab.setProxyMode("ipvs", false);
        lab.restartKubeProxy();
        assertInstanceOf(Connection.Established.class, lab.connect(Viewpoint.laptop(), "172.30.100.10", 8080));
    }
}
