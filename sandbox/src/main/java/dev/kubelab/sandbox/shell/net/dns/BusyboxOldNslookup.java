package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.HostsFile;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.net.dns.SearchList;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Optional;

/**
 * busybox 1.28's nslookup (the old applet, the one in busybox:1.28 that Kubernetes' DNS docs pin): it asks the
 * C library (search list with ndots, so "kubernetes.default" works) and prints each address with its reverse
 * name: "Address 1: 10.96.0.1 kubernetes.default.svc.cluster.local".
 */
final class BusyboxOldNslookup implements Builtin {
    private final DnsClient client;

    BusyboxOldNslookup(DnsClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "nslookup";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (args.isEmpty() || args.get(0).startsWith("-") || args.size() > 2) {
            io.err().println(BusyboxUsage.OLD_APPLET);
            return 1;
        }
        String serverIp = args.size() == 2 ? client.serverAddress(args.get(1)).orElse(args.get(1))
                : client.resolv().nameserver();
        Optional<DnsServer> server = client.server(serverIp);
        header("Server:", serverIp, io.out());
        io.out().println("Address 1: " + serverIp + reverseSuffix(server, serverIp));
        io.out().print("\n");
        String host = args.get(0);
        List<String> addresses = resolve(server, host);
        if (addresses.isEmpty()) {
            io.err().println("nslookup: can't resolve '" + host + "'");
            return 1;
        }
        header("Name:", host, io.out());
        for (int i = 0; i < addresses.size(); i++) {
            String ip = addresses.get(i);
            io.out().println("Address " + (i + 1) + ": " + ip + reverseSuffix(server, ip));
        }
        return 0;
    }

    /** printf("%-10s %s\n", header, hostname) */
    private static void header(String label, String value, TextSink out) {
        out.println(String.format("%-10s %s", label, value));
    }

    private List<String> resolve(Optional<DnsServer> server, String host) {
        if (DnsNames.isIpv4(host)) {
            return List.of(host);
        }
        Optional<String> local = HostsFile.lookup(client.from(), host, client.network().store());
        if (local.isPresent()) {
            return List.of(local.get());
        }
        if (server.isEmpty()) {
            return List.of();
        }
        for (String candidate : SearchList.candidates(host, client.resolv())) {
            Reply r = server.get().query(new Question(candidate, RecordType.A));
            if (!r.addresses().isEmpty()) {
                return r.addresses();
            }
        }
        return List.of();
    }

    /** " name" from a PTR lookup (getnameinfo NI_NAMEREQD), or "" when the address has no name. */
    private String reverseSuffix(Optional<DnsServer> server, String ip) {
        Optional<String> local = HostsFile.reverse(client.from(), ip, client.network().store());
        if (local.isPresent()) {
            return " " + local.get();
        }
        if (server.isEmpty()) {
            return "";
        }
        Reply r = server.get().query(new Question(DnsNames.reverse(ip), RecordType.PTR));
        return r.answers().stream().filter(a -> a.type() == RecordType.PTR).findFirst()
                .map(a -> " " + a.data()).orElse("");
    }
}
