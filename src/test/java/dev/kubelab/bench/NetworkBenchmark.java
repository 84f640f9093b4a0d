package dev.kubelab.bench;

import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dataplane.Connection;
import dev.kubelab.sandbox.net.dataplane.Lab;
import dev.kubelab.sandbox.net.proxy.IptablesCompiler;
import dev.kubelab.sandbox.net.proxy.ServicePorts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

/**
 * Issue 5's numbers on a cluster of 100 Services × 10 endpoints: one connection through the node's kube-proxy
 * rules, compiling one node's rules, one DNS lookup. The lab's 1000-object limit forbids 1000 pods, so the
 * Services have no selector and hand-written EndpointSlices that all list the same 10 nginx pods: kube-proxy
 * still compiles 1000 endpoint chains, and every connection reaches a real pod.
 * Run: ./mvnw test -Dbenchmarks -Dtest=NetworkBenchmark (see docs/benchmarks.md). Prints, never asserts.
 */
@Tag("benchmark")
class NetworkBenchmark {
    private static final int SERVICES = 100;

    @Test
    void connectionsRulesAndDnsWithAThousandEndpoints() {
        Lab lab = new Lab();
        lab.kubectl("create deployment web --image=nginx --replicas=10");
        lab.advance(Duration.ofSeconds(60));
        List<String> ips = lab.pods("default", "web").stream().map(p -> p.status().podIP()).toList();
        for (int i = 0; i < SERVICES; i++) {
            lab.apply(serviceWithSlice("app" + i, ips));
        }
        lab.kubectl("run client --image=busybox -- sleep 3600");
        lab.advance(Duration.ofSeconds(60));
        Service target = lab.service("default", "app42");
        Viewpoint client = lab.fromPod("default", "client");
        Connection first = lab.connect(client, target.spec().clusterIP(), 80);
        System.out.println("endpoints per Service: " + ips.size() + "; first connection: "
                + first.getClass().getSimpleName());

        long[] connects = time(5000, () -> lab.dataplane().connect(client, target.spec().clusterIP(), 80, "TCP"));
        System.out.println(Stats.summary("connect pod -> ClusterIP (1000 endpoints)", connects));

        // kube-proxy's sync: read Services + EndpointSlices, compile one node's iptables rules (uncached).
        long[] compiles = time(200, () -> IptablesCompiler.compile(ServicePorts.read(lab.store()), "node01"));
        System.out.println(Stats.summary("compile node01's rules", compiles));
        System.out.println("rules on node01: " + lab.dataplane().kubeProxies().rulesOf("node01").iptables().nat().ruleCount()
                + " in the nat table");

        long[] lookups = time(5000, () -> lab.network().resolver().resolve(client, "app42"));
        System.out.println(Stats.summary("resolve app42 (search list)", lookups));
    }

    private static String serviceWithSlice(String name, List<String> ips) {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Service\nmetadata:\n  name: " + name
                + "\n  namespace: default\nspec:\n  ports:\n  - port: 80\n---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
                + "metadata:\n  name: " + name + "-1\n  namespace: default\n  labels:\n    kubernetes.io/service-name: " + name
                + "\naddressType: IPv4\nports:\n- name: \"\"\n  port: 80\n  protocol: TCP\nendpoints:\n");
        ips.forEach(ip -> yaml.append("- addresses: [\"").append(ip).append("\"]\n  conditions:\n    ready: true\n"));
        return yaml.toString();
    }

    /** n timed runs after 10,000 untimed ones (HotSpot's C2 compiles a method after about 10,000 calls). */
    private static long[] time(int n, Runnable action) {
        for (int i = 0; i < 10_000; i++) {
            action.run(); // warm-up: a server that has served for minutes runs compiled code
        }
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            action.run();
            times[i] = System.nanoTime() - start;
        }
        return times;
    }
}
