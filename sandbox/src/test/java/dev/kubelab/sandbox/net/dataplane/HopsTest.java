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

/** The path a trace shows: client, the node's chains, DNAT before/after, SNAT, the answering pod, the reply. */
class HopsTest {
    @Test
    void aClusterIpConnectionShowsTheChainsTheDnatAndTheReply() {
        Lab lab = Scene.build(Lab.SEED);
        Viewpoint client = lab.fromPod("default", "client");
        String ip = lab.service("default", "web").spec().clusterIP();
        Connection.Established c = (Connection.Established) lab.connect(client, ip, 80);
        List<Hop> hops = c.hops();
        String node = client.nodeName();
        assertEquals("pod default/client", hops.get(0).where());
        assertEquals(node + " nat PREROUTING", hops.get(1).where());
        assertEquals("-j KUBE-SERVICES /* kubernetes service portals */", hops.get(1).note());
        assertEquals(node + " nat KUBE-SERVICES", hops.get(2).where());
        assertEquals("-j KUBE-SVC-LOLE4ISW44XBNF3G /* default/web cluster IP */", hops.get(2).note());
        Hop dnat = hops.stream().filter(h -> h.note().startsWith("DNAT")).findFirst().orElseThrow();
        assertEquals("DNAT " + ip + ":80 -> " + c.ip() + ":80", dnat.note());
        assertTrue(dnat.where().startsWith(node + " nat KUBE-SEP-"), dnat.where());
        Hop reply = hops.get(hops.size() - 1);
        assertEquals("reply", reply.where());
        assertEquals(ip + ":80", reply.source());
        assertEquals("reverse DNAT " + c.ip() + ":80 -> " + ip + ":80", reply.note());
        assertEquals("pod default/" + c.listener().pod().metadata().name(), hops.get(hops.size() - 2).where());
    }

    @Test
    void aLoadBalancerIpIsReachedFromOutsideThroughTheAnnouncingNode() {
        Lab lab = Scene.build(Lab.SEED);
        lab.kubectl("expose deployment web --port=80 --type=LoadBalancer --name=web-lb");
        Service lb = lab.service("default", "web-lb");
        lab.store().update(new Service(lb.metadata(), lb.spec(),
                new ServiceStatus(List.of(new LoadBalancerIngress("172.30.255.240", null, "VIP")))));
        Connection c = lab.connect(Viewpoint.laptop(), "172.30.255.240", 80);
        assertInstanceOf(Connection.Established.class, c, c.hops().toString());
        assertEquals("node01 answers ARP for 172.30.255.240", c.hops().get(1).note());
        assertTrue(c.hops().stream().anyMatch(h -> h.note().startsWith("MASQUERADE 172.30.1.50 -> ")), c.hops()
                .toString());
        assertInstanceOf(Connection.TimedOut.class, lab.connect(Viewpoint.laptop(), "172.30.255.241", 80),
                "an address no Service has");
        lab.store().update(new Service(lb.metadata(), lab.service("default", "web-lb").spec(),
                new ServiceStatus(List.of(new LoadBalancerIngress("10.200.0.1", null, "VIP")))));
        assertInstanceOf(Connection.TimedOut.class, lab.connect(Viewpoint.laptop(), "10.200.0.1", 80),
                "off the lab network: the laptop sends it to its router, which does not know it");
    }
}
