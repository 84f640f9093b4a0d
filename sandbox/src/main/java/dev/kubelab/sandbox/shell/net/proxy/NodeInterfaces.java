package dev.kubelab.sandbox.shell.net.proxy;

import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.net.dataplane.Addresses;
import dev.kubelab.sandbox.net.proxy.NodeRules;
import dev.kubelab.sandbox.net.proxy.ProxyMode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A node's network interfaces as iproute2 5.15 shows them: lo, eth0 (the node IP on the lab's 172.30.0.0/16),
 * Calico's tunl0 (IPIP, the block's .1), kube-ipvs0 with every VIP as /32 in IPVS mode, and one caliXXXXXXXXXXX
 * veth per pod on the node (Calico names it "cali" + the first 11 hex digits of sha1("namespace.pod")).
 */
final class NodeInterfaces {
    static final String LAB_PREFIX = "/16";
    static final String LAB_BROADCAST = "172.30.255.255";

    /** One interface: header fields, the link line, the address lines (inet first) and, for -4, inet only. */
    record Iface(int index, String name, String header, String link, List<String> inet, List<String> inet6) {}

    private NodeInterfaces() {
    }

    static List<Iface> of(NodeTools tools) {
        String ip = tools.nodeIp();
        String tunnel = tools.network.dataplane().addresses().tunnelIp(tools.node());
        List<Iface> out = new ArrayList<>();
        out.add(new Iface(1, "lo", "<LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
                "link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
                List.of("inet 127.0.0.1/8 scope host lo"), List.of("inet6 ::1/128 scope host ")));
        String mac = Addresses.mac("52:54:00", ip);
        out.add(new Iface(2, "eth0", "<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000",
                "link/ether " + mac + " brd ff:ff:ff:ff:ff:ff\n    altname enp1s0",
                List.of("inet " + ip + LAB_PREFIX + " brd " + LAB_BROADCAST + " scope global eth0"),
                List.of("inet6 " + linkLocal(mac) + "/64 scope link ")));
        out.add(new Iface(3, "tunl0@NONE", "<NOARP,UP,LOWER_UP> mtu 1480 qdisc noqueue state UNKNOWN group default qlen 1000",
                "link/ipip 0.0.0.0 brd 0.0.0.0",
                tunnel == null ? List.of() : List.of("inet " + tunnel + "/32 scope global tunl0"), List.of()));
        NodeRules rules = tools.rules();
        int index = 4;
        if (rules.mode() == ProxyMode.IPVS) {
            List<String> vips = new ArrayList<>();
            rules.ipvsAddresses(ip).forEach(v -> vips.add("inet " + v + "/32 scope global kube-ipvs0"));
            out.add(new Iface(index++, "kube-ipvs0", "<BROADCAST,NOARP> mtu 1500 qdisc noop state DOWN group default ",
                    "link/ether " + Addresses.mac("6e:4c:7a", ip) + " brd ff:ff:ff:ff:ff:ff", vips, List.of()));
        }
        for (Pod p : pods(tools)) {
            out.add(new Iface(index++, vethOf(p) + "@if3", "<BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1480 qdisc noqueue state UP"
                    + " group default qlen 1000", "link/ether ee:ee:ee:ee:ee:ee brd ff:ff:ff:ff:ff:ff link-netns cni-"
                    + p.metadata().uid(), List.of(), List.of("inet6 fe80::ecee:eeff:feee:eeee/64 scope link ")));
        }
        return out;
    }

    /** The node's own pods (not host-network) that have an address, oldest first. */
    static List<Pod> pods(NodeTools tools) {
        return tools.network.store().list(Pod.class, null).stream()
                .filter(p -> tools.node().equals(p.spec().nodeName()) && !p.spec().hostNetwork()
                        && p.status().podIP() != null)
                .sorted(Comparator.comparing((Pod p) -> p.metadata().creationTimestamp())).toList();
    }

    static String vethOf(Pod p) {
        return "cali" + sha1Hex(p.metadata().namespace() + "." + p.metadata().name()).substring(0, 11);
    }

    /** EUI-64 link-local address from a MAC (universal/local bit flipped, ff:fe in the middle). */
    private static String linkLocal(String mac) {
        String[] b = mac.split(":");
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            v[i] = Integer.parseInt(b[i], 16);
        }
        v[0] ^= 0x02;
        return String.format("fe80::%x:%x:%x:%x", (v[0] << 8) | v[1], (v[2] << 8) | 0xff, 0xfe00 | v[3],
                (v[4] << 8) | v[5]);
    }

    private static String sha1Hex(String s) {
        try {
            StringBuilder out = new StringBuilder();
            for (byte x : MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8))) {
                out.append(String.format("%02x", x));
            }
            return out.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
    }
}
