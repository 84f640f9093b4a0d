package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Rcode;
import dev.kubelab.sandbox.net.dns.Record;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Optional;

/**
 * bind 9.18 host: one line per record ("has address", "is an alias for", "domain name pointer"), the search list
 * with ndots, A then AAAA and MX by default (empty ones print nothing), "Host x not found: 3(NXDOMAIN)".
 */
final class HostCommand implements Builtin {
    private final DnsClient client;
    private final String version;

    HostCommand(DnsClient client, String version) {
        this.client = client;
        this.version = version;
    }

    @Override
    public String name() {
        return "host";
    }

    @Override
    public int run(List<String> args, Streams io) {
        RecordType type = null;
        int ndots = client.resolv().ndots();
        int tries = 2;
        String name = null;
        String serverArg = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("-V")) {
                io.err().println("host " + version);
                return 0;
            }
            if (a.equals("-t") || a.equals("-N") || a.equals("-R") || a.equals("-W") || a.equals("-c")) {
                if (i + 1 >= args.size()) {
                    return usage(io);
                }
                String v = args.get(++i);
                if (a.equals("-t")) {
                    Optional<RecordType> t = RecordType.parse(v);
                    if (t.isEmpty()) {
                        io.err().println("host: invalid type: " + v);
                        return 1;
                    }
                    type = t.get();
                } else if (a.equals("-N") && v.matches("\\d+")) {
                    ndots = Integer.parseInt(v);
                } else if (a.equals("-R") && v.matches("\\d+")) {
                    tries = Integer.parseInt(v) + 1;
                }
            } else if (a.startsWith("-") && a.length() > 1) {
                if (!a.substring(1).matches("[aACdlnrsTUvw46]+")) {
                    return usage(io);
                }
            } else if (name == null) {
                name = a;
            } else if (serverArg == null) {
                serverArg = a;
            } else {
                return usage(io);
            }
        }
        if (name == null) {
            return usage(io);
        }
        String serverName = serverArg == null ? client.resolv().nameserver() : serverArg;
        Optional<String> address = client.serverAddress(serverName);
        Optional<DnsServer> server = address.flatMap(client::server);
        if (serverArg != null && address.isPresent()) {
            io.out().print("Using domain server:\nName: " + serverArg + "\nAddress: " + address.get()
                    + "#53\nAliases: \n\n");
        }
        if (server.isEmpty()) {
            for (int t = 0; t < tries; t++) {
                io.out().println(";; communications error to " + address.orElse(serverName) + "#53: timed out");
            }
            io.out().println(";; no servers could be reached");
            return 1;
        }
        ResolvConf conf = new ResolvConf(client.resolv().search(), client.resolv().nameservers(), ndots);
        return lookup(server.get(), name, type, conf, io.out());
    }

    private int lookup(DnsServer server, String name, RecordType explicit, ResolvConf conf, TextSink out) {
        boolean reverse = DnsNames.isIpv4(name);
        String qname = reverse ? DnsNames.reverse(name) : name;
        RecordType type = reverse && explicit == null ? RecordType.PTR : explicit == null ? RecordType.A : explicit;
        Reply reply = DnsClient.search(server, qname, type, conf, !reverse);
        if (reply.rcode() != Rcode.NOERROR) {
            String shown = reverse ? qname + "." : name;
            int code = reply.rcode() == Rcode.NXDOMAIN ? 3 : 2;
            out.println("Host " + shown + " not found: " + code + "(" + reply.rcode().name() + ")");
            return 1;
        }
        reply.answers().forEach(r -> out.println(line(r)));
        if (explicit != null || reverse) {
            if (reply.answers().stream().noneMatch(r -> r.type() == type)) {
                out.println(reply.question().name() + " has no " + type.name() + " record");
            }
            return 0;
        }
        String canonical = reply.canonicalName();
        for (RecordType extra : List.of(RecordType.AAAA, RecordType.MX)) {
            server.query(new Question(canonical, extra)).answers().stream()
                    .filter(r -> r.type() == extra).forEach(r -> out.println(line(r)));
        }
        return 0;
    }

    private static String line(Record r) {
        switch (r.type()) {
            case A:
                return r.name() + " has address " + r.data();
            case AAAA:
                return r.name() + " has IPv6 address " + r.data();
            case CNAME:
                return r.name() + " is an alias for " + r.dottedData();
            case PTR:
                return r.name() + " domain name pointer " + r.dottedData();
            case NS:
                return r.name() + " name server " + r.dottedData();
            case MX:
                return r.name() + " mail is handled by " + r.dottedData();
            default:
                return r.name() + " has " + r.type().name() + " record " + r.dottedData();
        }
    }

    private static int usage(Streams io) {
        io.err().print("Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n"
                + "            [-R number] [-m flag] [-p port] hostname [server]\n"
                + "       -a is equivalent to -v -t ANY\n"
                + "       -A is like -a but omits RRSIG, NSEC, NSEC3\n"
                + "       -c specifies query class for non-IN data\n"
                + "       -C compares SOA records on authoritative nameservers\n"
                + "       -d is equivalent to -v\n"
                + "       -l lists all hosts in a domain, using AXFR\n"
                + "       -m set memory debugging flag (trace|record|usage)\n"
                + "       -N changes the number of dots allowed before root lookup is done\n"
                + "       -p specifies the port on the server to query\n"
                + "       -r disables recursive processing\n"
                + "       -R specifies number of retries for UDP packets\n"
                + "       -s a SERVFAIL response should stop query\n"
                + "       -t specifies the query type\n"
                + "       -T enables TCP/IP mode\n"
                + "       -U enables UDP mode\n"
                + "       -v enables verbose output\n"
                + "       -V print version number and exit\n"
                + "       -w specifies to wait forever for a reply\n"
                + "       -W specifies how long to wait for a reply\n"
                + "       -4 use IPv4 query transport only\n"
                + "       -6 use IPv6 query transport only\n");
        return 1;
    }
}
