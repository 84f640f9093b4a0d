package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.HostsFile;
import dev.kubelab.sandbox.net.dns.Record;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.net.dns.Resolution;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * glibc getent for the hosts databases: "hosts" (gethostbyname/gethostbyaddr: "%-15s name aliases") and
 * "ahosts"/"ahostsv4" (getaddrinfo: one line per socket type, the canonical name on the first). Exit 2 when a
 * key is not found.
 */
final class Getent implements Builtin {
    private static final String SEE_HELP = "Try `getent --help' or `getent --usage' for more information.";
    private final DnsClient client;

    Getent(DnsClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "getent";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (args.isEmpty()) {
            io.err().println("getent: wrong number of arguments");
            io.out().println(SEE_HELP);
            return 1;
        }
        String db = args.get(0);
        if (!List.of("hosts", "ahosts", "ahostsv4").contains(db)) {
            io.err().println("Unknown database: " + db);
            io.out().println(SEE_HELP);
            return 1;
        }
        if (args.size() == 1) {
            return enumerate(db, io.out());
        }
        int status = 0;
        for (String key : args.subList(1, args.size())) {
            Optional<Host> host = lookup(key);
            if (host.isEmpty()) {
                status = 2;
            } else if (db.equals("hosts")) {
                host.get().addresses.forEach(ip -> io.out().println(hostsLine(ip, host.get().names)));
            } else {
                printAddrinfo(host.get(), io.out());
            }
        }
        return status;
    }

    /** A hostent: the canonical name first, then aliases (the names a CNAME chain passed through). */
    private record Host(List<String> names, List<String> addresses) {}

    private Optional<Host> lookup(String key) {
        Viewpoint from = client.from();
        if (DnsNames.isIpv4(key)) {
            Resolution r = client.network().resolver().reverse(from, key);
            return r instanceof Resolution.Found f ? Optional.of(new Host(List.of(f.canonicalName()), List.of(key)))
                    : Optional.empty();
        }
        Optional<String> local = HostsFile.lookup(from, key, client.network().store());
        if (local.isPresent()) {
            return Optional.of(new Host(List.of(DnsNames.absolute(key)), List.of(local.get())));
        }
        Optional<Reply> reply = client.network().resolver().lookup(from, key);
        if (reply.isEmpty() || reply.get().addresses().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(reply.get().canonicalName()));
        for (Record r : reply.get().answers()) {
            if (r.type() == RecordType.CNAME) {
                names.add(r.name());
            }
        }
        return Optional.of(new Host(names, reply.get().addresses()));
    }

    private static String hostsLine(String ip, List<String> names) {
        return String.format("%-15s %s", ip, String.join(" ", names));
    }

    /** getaddrinfo returns STREAM, DGRAM and RAW entries per address; only the first carries the name. */
    private static void printAddrinfo(Host host, TextSink out) {
        boolean first = true;
        for (String ip : host.addresses) {
            for (String socket : List.of("STREAM", "DGRAM", "RAW")) {
                out.println(String.format("%-15s %-6s %s", ip, socket, first ? host.names.get(0) : ""));
                first = false;
            }
        }
    }

    /** Without keys getent lists the hosts file itself. */
    private int enumerate(String db, TextSink out) {
        Viewpoint from = client.from();
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"127.0.0.1", "localhost"});
        if (from.ip() != null && from.hostname() != null) {
            entries.add(new String[] {from.ip(), from.hostname()});
        }
        for (String[] e : entries) {
            if (db.equals("hosts")) {
                out.println(hostsLine(e[0], List.of(e[1])));
            } else {
                printAddrinfo(new Host(List.of(e[1]), List.of(e[0])), out);
            }
        }
        return 0;
    }
}
