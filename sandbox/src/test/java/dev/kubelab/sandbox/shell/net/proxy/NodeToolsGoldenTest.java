package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.dataplane.Lab;
import dev.kubelab.sandbox.shell.Builtin;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * iptables-save, iptables, ipvsadm and ip on a node of the lab cluster with its default Services plus
 * deployment nginx (3 replicas) exposed as NodePort, compared byte for byte with golden/&lt;name&gt;.txt
 * (the output, then "[exit N]"). Regenerate after an intended change with
 * {@code ./mvnw -B -o test -Dtest=NodeToolsGoldenTest -Dgolden.update=true} and review every diff.
 */
class NodeToolsGoldenTest {
    private static final Path SOURCE_DIR =
            Path.of("sandbox/src/test/resources/dev/kubelab/sandbox/shell/net/proxy/golden");

    static Stream<Arguments> cases() {
        return Stream.of(
                golden("iptables-save", "iptables", "node01", "iptables-save"),
                golden("iptables-save-nat-controlplane", "iptables", "controlplane", "iptables-save -t nat"),
                golden("iptables-list-services", "iptables", "node01", "iptables -t nat -L KUBE-SERVICES -n"),
                golden("iptables-list-svc-verbose", "iptables", "node01",
                        "iptables -t nat -nvL KUBE-SVC-2CMXP7HKUVJN7L6M --line-numbers"),
                golden("iptables-list-filter", "iptables", "node01", "iptables -L"),
                golden("iptables-rules-nodeports", "iptables", "node01", "iptables -t nat -S KUBE-NODEPORTS"),
                golden("iptables-no-chain", "iptables", "node01", "iptables -t nat -L KUBE-NOPE"),
                golden("iptables-no-table", "iptables", "node01", "iptables -t bogus -L"),
                golden("iptables-no-command", "iptables", "node01", "iptables -t nat"),
                golden("iptables-append", "iptables", "node01", "iptables -A INPUT -j DROP"),
                golden("ipvsadm-iptables-mode", "iptables", "node01", "ipvsadm -Ln"),
                golden("ipvsadm-ipvs-mode", "ipvs", "node01", "ipvsadm -Ln"),
                golden("iptables-save-ipvs-mode", "ipvs", "node01", "iptables-save -t nat"),
                golden("ip-addr-ipvs-mode", "ipvs", "node01", "ip a"),
                golden("ip-addr-eth0", "iptables", "node02", "ip -4 addr show eth0"),
                golden("ip-route", "iptables", "node01", "ip route"));
    }

    private static Arguments golden(String name, String mode, String node, String line) {
        return Arguments.of(name, mode, node, line);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nodeToolsPrintWhatTheRealOnesPrint(String name, String mode, String node, String line) throws IOException {
        Lab lab = new Lab();
        lab.kubectl("create deployment nginx --image=nginx --replicas=3");
        lab.kubectl("expose deployment nginx --port=80 --type=NodePort");
        lab.settle();
        if (mode.equals("ipvs")) {
            lab.setProxyMode("ipvs");
            lab.restartKubeProxy();
        }
        String actual = run(lab, node, line);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(SOURCE_DIR);
            Files.writeString(SOURCE_DIR.resolve(name + ".txt"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(read(name), actual, "golden/" + name + ".txt");
    }

    static String run(Lab lab, String node, String line) {
        List<String> argv = Arrays.asList(line.split(" "));
        StringSink out = new StringSink();
        for (Builtin b : ProxyTools.forNode(lab.fromNode(node), lab.network())) {
            if (b.name().equals(argv.get(0))) {
                int code = b.run(argv.subList(1, argv.size()), Streams.both(out));
                return out.text() + "[exit " + code + "]\n";
            }
        }
        throw new AssertionError("no tool " + argv.get(0));
    }

    private static String read(String name) throws IOException {
        try (InputStream in = NodeToolsGoldenTest.class.getResourceAsStream("golden/" + name + ".txt")) {
            assertNotNull(in, "missing golden file golden/" + name + ".txt (run with -Dgolden.update=true)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
