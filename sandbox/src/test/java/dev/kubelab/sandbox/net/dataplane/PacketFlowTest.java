package dev.kubelab.sandbox.net.dataplane;

import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a connection ends, row by row: FROM (pod:NAME, node:NAME|solo|other, laptop), TO (svc:NAME,
 * nodeport:SVC@NODE, podip:APP, the literal host:PORT), the outcome and who may answer (app label of the pod,
 * node:NAME, or a World host) and the client address that server sees (pod, node, tunnel, laptop, -).
 */
class PacketFlowTest {
    private static Lab lab;

    @BeforeAll
    static void scene() {
        lab = Scene.build(Lab.SEED);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} = {3}")
    @CsvSource({
            "ClusterIP,                          pod:client,  svc:web,               ESTABLISHED, app=web,         pod",
            "Service without endpoints,          pod:client,  svc:empty,             REFUSED,     -,               -",
            "wrong port of a ClusterIP,          pod:client,  svc:web:81,            TIMEDOUT,    -,               -",
            "pod IP directly,                    pod:client,  podip:solo,            ESTABLISHED, app=solo,        pod",
            "pod IP nothing on the port,         pod:client,  podip:solo:8080,       REFUSED,     -,               -",
            "NodePort on the control plane,      laptop,      nodeport:web-np@controlplane, ESTABLISHED, app=web, tunnel",
            "eTP Local keeps the client address, laptop,      nodeport:solo-local@solo,     ESTABLISHED, app=solo, laptop",
            "eTP Local without a local endpoint, laptop,      nodeport:solo-local@other,    TIMEDOUT,    -,        -",
            "eTP Local from inside still works,  node:other,  nodeport:solo-local@other,    ESTABLISHED, app=solo, tunnel",
            "iTP Local with a local endpoint,    node:solo,   svc:solo-itp,          ESTABLISHED, app=solo,        node",
            "iTP Local without one drops,        node:other,  svc:solo-itp,          TIMEDOUT,    -,               -",
            "pod IP from the laptop,             laptop,      podip:web,             TIMEDOUT,    -,               -",
            "ClusterIP from the laptop,          laptop,      svc:web,               TIMEDOUT,    -,               -",
            "kubernetes Service,                 pod:client,  svc:kubernetes:443,    ESTABLISHED, node:controlplane, pod",
            "API server from the laptop,         laptop,      172.30.1.2:6443,       ESTABLISHED, node:controlplane, laptop",
            "kube-proxy metrics on loopback,     node:node01, 127.0.0.1:10249,       ESTABLISHED, node:node01,     loopback",
            "kube-proxy metrics not on eth0,     node:node01, 172.30.2.2:10249,      REFUSED,     -,               -",
            "kube-proxy health on eth0,          laptop,      172.30.3.2:10256,      ESTABLISHED, node:node02,     laptop",
            "nothing on a node port,             laptop,      172.30.2.2:8080,       REFUSED,     -,               -",
            "the internet from a pod,            pod:client,  203.0.113.30:80,       ESTABLISHED, www.example.com, node",
            "the internet from the laptop,       laptop,      203.0.113.30:80,       ESTABLISHED, www.example.com, laptop",
            "an address nobody has,              pod:client,  198.51.100.7:80,       TIMEDOUT,    -,               -"})
    void connectionEndsWhereKubeProxyAndRoutingSendIt(String row, String from, String to, String outcome,
                                                      String answerer, String seenAs) {
        Viewpoint v = viewpoint(from);
        String[] target = target(to);
        Connection c = lab.connect(v, target[0], Integer.parseInt(target[1]));
        assertEquals(outcome, kind(c), row + " hops: " + c.hops());
        assertTrue(c.hops().size() >= 2, "every connection has hops");
        if (c instanceof Connection.Established) {
            Listener l = ((Connection.Established) c).listener();
            assertEquals(answerer, who(l), row);
            assertEquals(expectedClient(seenAs, v, l), l.clientIp(), row);
        }
    }

    private static Viewpoint viewpoint(String from) {
        if (from.equals("laptop")) {
            return Viewpoint.laptop();
        }
        String name = from.substring(from.indexOf(':') + 1);
        if (from.startsWith("pod:")) {
            return lab.fromPod("default", name);
        }
        return lab.fromNode(node(name));
    }

    private static String node(String name) {
        return name.equals("solo") ? Scene.soloNode(lab) : name.equals("other") ? Scene.otherWorker(lab) : name;
    }

    private static String[] target(String to) {
        if (to.startsWith("svc:")) {
            String[] p = to.substring(4).split(":");
            return new String[]{lab.service("default", p[0]).spec().clusterIP(), p.length > 1 ? p[1] : "80"};
        }
        if (to.startsWith("nodeport:")) {
            String[] p = to.substring(9).split("@");
            return new String[]{lab.dataplane().addresses().nodeIp(node(p[1])),
                    String.valueOf(lab.service("default", p[0]).spec().ports().get(0).nodePort())};
        }
        if (to.startsWith("podip:")) {
            String[] p = to.substring(6).split(":");
            return new String[]{lab.pods("default", p[0]).get(0).status().podIP(), p.length > 1 ? p[1] : "80"};
        }
        return to.split(":");
    }

    static String kind(Connection c) {
        if (c instanceof Connection.Established) {
            return "ESTABLISHED";
        }
        return c instanceof Connection.Refused ? "REFUSED" : c instanceof Connection.TimedOut ? "TIMEDOUT" : "UNREACHABLE";
    }

    static String who(Listener l) {
        if (l.pod() != null) {
            return "app=" + l.pod().metadata().labels().get("app");
        }
        return l.node() != null ? "node:" + l.node() : l.external();
    }

    private static String expectedClient(String seenAs, Viewpoint v, Listener l) {
        Addresses a = lab.dataplane().addresses();
        switch (seenAs) {
            case "pod": return v.ip();
            case "laptop": return World.LAPTOP_IP;
            case "loopback": return "127.0.0.1";
            case "node": return a.nodeIp(v.nodeName());
            case "tunnel":
                String ingress = v.place() == Viewpoint.Place.OUTSIDE ? a.nodeOwning(l.clientIp(), true).orElse("?")
                        : v.nodeName();
                assertNotNull(a.tunnelIp(ingress));
                return a.tunnelIp(ingress);
            default: throw new IllegalArgumentException(seenAs);
        }
    }
}
