package dev.kubelab.sandbox.net.proxy;

import dev.kubelab.sandbox.net.dataplane.Lab;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules kube-proxy writes for the special cases of reference §7.3, in iptables-save form. */
class ServiceChainsTest {
    @Test
    void aServiceWithoutEndpointsIsRejectedInTheFilterTable() {
        Lab lab = new Lab();
        lab.kubectl("create service nodeport empty --tcp=80:8080");
        String ip = lab.service("default", "empty").spec().clusterIP();
        int nodePort = lab.service("default", "empty").spec().ports().get(0).nodePort();
        List<String> filter = saved(lab, "node01", "filter");
        assertTrue(filter.contains("-A KUBE-SERVICES -d " + ip + "/32 -p tcp -m comment --comment \"default/empty:80-8080"
                + " has no endpoints\" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable"), filter.toString());
        assertTrue(filter.contains("-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment \"default/empty:80-8080 has no"
                + " endpoints\" -m addrtype --dst-type LOCAL -m tcp --dport " + nodePort
                + " -j REJECT --reject-with icmp-port-unreachable"), filter.toString());
        assertTrue(saved(lab, "node01", "nat").stream().noneMatch(l -> l.contains("default/empty")));
    }

    @Test
    void sessionAffinityChecksRecentListsBeforeTheRandomSplit() {
        Lab lab = new Lab();
        lab.kubectl("create deployment web --image=nginx --replicas=2");
        lab.kubectl("expose deployment web --port=80 --session-affinity=ClientIP");
        lab.settle();
        ServicePortInfo web = ServicePorts.read(lab.store()).stream().filter(s -> s.name().equals("web"))
                .findFirst().orElseThrow();
        List<ProxyEndpoint> eps = web.endpoints();
        String svc = "KUBE-SVC-LOLE4ISW44XBNF3G";
        String sep0 = web.sepChain(eps.get(0));
        String sep1 = web.sepChain(eps.get(1));
        List<String> chain = saved(lab, "node01", "nat").stream().filter(l -> l.startsWith("-A " + svc + " ")).toList();
        assertEquals(List.of(
                "-A " + svc + " ! -s 192.168.0.0/16 -d " + web.clusterIP() + "/32 -p tcp -m comment --comment"
                        + " \"default/web cluster IP\" -m tcp --dport 80 -j KUBE-MARK-MASQ",
                "-A " + svc + " -m comment --comment \"default/web -> " + eps.get(0).address() + "\" -m recent --rcheck"
                        + " --seconds 10800 --reap --name " + sep0 + " --mask 255.255.255.255 --rsource -j " + sep0,
                "-A " + svc + " -m comment --comment \"default/web -> " + eps.get(1).address() + "\" -m recent --rcheck"
                        + " --seconds 10800 --reap --name " + sep1 + " --mask 255.255.255.255 --rsource -j " + sep1,
                "-A " + svc + " -m comment --comment \"default/web -> " + eps.get(0).address() + "\" -m statistic"
                        + " --mode random --probability 0.50000000000 -j " + sep0,
                "-A " + svc + " -m comment --comment \"default/web -> " + eps.get(1).address() + "\" -j " + sep1),
                chain);
        assertTrue(saved(lab, "node01", "nat").contains("-A " + sep0 + " -p tcp -m comment --comment \"default/web\""
                + " -m recent --set --name " + sep0 + " --mask 255.255.255.255 --rsource -m tcp -j DNAT"
                + " --to-destination " + eps.get(0).address()));
    }

    @Test
    void externalTrafficPolicyLocalUsesOnlyTheNodesOwnEndpointsForOutsideTraffic() {
        Lab lab = new Lab();
        lab.kubectl("create deployment solo --image=nginx --replicas=1");
        lab.kubectl("expose deployment solo --port=80 --type=NodePort");
        lab.settle();
        var svc = lab.service("default", "solo");
        lab.store().update(svc.withSpec(new dev.kubelab.sandbox.api.ServiceSpec(svc.spec().ports(),
                svc.spec().selector(), svc.spec().clusterIP(), svc.spec().clusterIPs(), svc.spec().type(),
                svc.spec().externalIPs(), svc.spec().sessionAffinity(), null, List.of(), null, "Local", 0, false,
                null, svc.spec().ipFamilies(), svc.spec().ipFamilyPolicy(), null, null, "Cluster")));
        String home = lab.pods("default", "solo").get(0).spec().nodeName();
        String away = home.equals("node01") ? "node02" : "node01";
        String ext = ChainNames.ext("default/solo", "tcp");
        String svl = ChainNames.svl("default/solo", "tcp");
        String svcChain = ChainNames.svc("default/solo", "tcp");
        List<String> expectedShortCircuit = List.of(
                "-A " + ext + " -s 192.168.0.0/16 -m comment --comment \"pod traffic for default/solo external"
                        + " destinations\" -j " + svcChain,
                "-A " + ext + " -m comment --comment \"masquerade LOCAL traffic for default/solo external"
                        + " destinations\" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ",
                "-A " + ext + " -m comment --comment \"route LOCAL traffic for default/solo external destinations\""
                        + " -m addrtype --src-type LOCAL -j " + svcChain);
        List<String> atHome = new ArrayList<>(expectedShortCircuit);
        atHome.add("-A " + ext + " -j " + svl);
        assertEquals(atHome, lines(lab, home, "nat", ext));
        assertEquals(expectedShortCircuit, lines(lab, away, "nat", ext));
        assertTrue(saved(lab, away, "filter").contains("-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment"
                + " \"default/solo has no local endpoints\" -m addrtype --dst-type LOCAL -m tcp --dport "
                + svc.spec().ports().get(0).nodePort() + " -j DROP"));
    }

    @Test
    void headlessAndExternalNameServicesGetNoRules() {
        Lab lab = new Lab();
        lab.kubectl("create service clusterip headless --clusterip=None");
        lab.kubectl("create service externalname ext --external-name=api.example.com");
        List<String> nat = saved(lab, "node01", "nat");
        assertTrue(nat.stream().noneMatch(l -> l.contains("headless") || l.contains("default/ext")), nat.toString());
    }

    private static List<String> lines(Lab lab, String node, String table, String chain) {
        return saved(lab, node, table).stream().filter(l -> l.startsWith("-A " + chain + " ")).toList();
    }

    static List<String> saved(Lab lab, String node, String table) {
        Table t = lab.dataplane().kubeProxies().rulesOf(node).iptables().table(table).orElseThrow();
        List<String> out = new ArrayList<>();
        for (Chain c : t.chains()) {
            for (Rule r : c.rules()) {
                out.add(RuleText.save(c.name(), r));
            }
        }
        return out;
    }
}
