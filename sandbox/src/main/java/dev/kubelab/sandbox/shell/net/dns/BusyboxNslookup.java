package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * busybox ≥ 1.29 nslookup (the LEDE-derived applet, reference §6.4): it sends its own queries, A then AAAA, under
 * every search domain, but only for names without a dot (no ndots), and prints every reply in turn. Any NXDOMAIN
 * makes the exit code 1, even when another search domain answered.
 */
final class BusyboxNslookup implements Builtin {
    /** The applet's types, in the order it sends explicitly requested ones. */
    private static final List<RecordType> TYPES = List.of(RecordType.SOA, RecordType.NS, RecordType.A,
            RecordType.AAAA, RecordType.CNAME, RecordType.MX, RecordType.TXT, RecordType.PTR, RecordType.SRV,
            RecordType.ANY);
    private static final List<String> OPTIONS = List.of("type", "querytype", "port", "retry", "debug", "t", "timeout");

    private final DnsClient client;

    BusyboxNslookup(DnsClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "nslookup";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<RecordType> types = new ArrayList<>();
        int i = 0;
        for (; i < args.size() && args.get(i).startsWith("-"); i++) {
            String opt = args.get(i).substring(1);
            int eq = opt.indexOf('=');
            String key = eq < 0 ? opt : opt.substring(0, eq);
            String value = eq < 0 ? "" : opt.substring(eq + 1);
            if (!OPTIONS.contains(key)) {
                return usage(io);
            }
            if (key.equals("type") || key.equals("querytype")) {
                Optional<RecordType> t = RecordType.parse(value).filter(TYPES::contains);
                if (t.isEmpty()) {
                    io.err().println("nslookup: invalid query type \"" + value + "\"");
                    return 1;
                }
                types.add(t.get());
            }
        }
        if (i >= args.size() || args.size() - i > 2) {
            return usage(io);
        }
        String host = args.get(i);
        String serverArg = i + 1 < args.size() ? args.get(i + 1) : client.resolv().nameserver();
        List<Question> queries = queries(host, types);
        Optional<DnsServer> server = client.serverAddress(serverArg).flatMap(client::server);
        if (server.isEmpty()) {
            io.out().print(";; connection timed out; no servers could be reached\n\n");
            return 1;
        }
        io.out().print("Server:\t\t" + serverArg + "\nAddress:\t" + server.get().address() + ":53\n\n");
        int status = 0;
        for (Question q : queries) {
            status |= BusyboxReplyPrinter.print(q, server.get().query(q), io.out());
        }
        return status;
    }

    private List<Question> queries(String host, List<RecordType> types) {
        List<Question> out = new ArrayList<>();
        if (types.isEmpty()) {
            if (DnsNames.isIpv4(host)) {
                out.add(new Question(DnsNames.reverse(host), RecordType.PTR));
                return out;
            }
            types = List.of(RecordType.A, RecordType.AAAA);
        }
        for (RecordType type : TYPES) {
            if (types.contains(type)) {
                withSearch(type, host).forEach(name -> out.add(new Question(name, type)));
            }
        }
        return out;
    }

    /** add_query_with_search: the search domains only for a name without any dot. */
    private List<String> withSearch(RecordType type, String host) {
        List<String> search = client.resolv().search();
        if (type == RecordType.PTR || search.isEmpty() || host.contains(".")) {
            return List.of(host);
        }
        return search.stream().map(d -> host + "." + d).toList();
    }

    private static int usage(Streams io) {
        io.err().println(BusyboxUsage.NEW_APPLET);
        return 1;
    }
}
