package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Rcode;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * bind 9.18 nslookup (nodes, netshoot; reference §6.5): the search list with ndots, an A lookup followed by an
 * AAAA lookup of the name it led to, "Non-authoritative answer:" for forwarded replies, a final empty line.
 */
final class BindNslookup implements Builtin {
    private static final int TRIES = 3;
    private final DnsClient client;
    private final String version;

    BindNslookup(DnsClient client, String version) {
        this.client = client;
        this.version = version;
    }

    @Override
    public String name() {
        return "nslookup";
    }

    @Override
    public int run(List<String> args, Streams io) {
        BindNslookupOptions o = new BindNslookupOptions(client.resolv().ndots());
        String host = null;
        String serverArg = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("-") && a.length() > 1) {
                if (a.toLowerCase(Locale.ROOT).startsWith("-ver")) {
                    io.out().println("nslookup " + version);
                    return 0;
                }
                o.set(a.substring(1), io.out());
            } else if (host == null && !a.equals("-")) {
                host = a;
            } else if (serverArg == null) {
                if (i + 1 < args.size()) {
                    return usage(io);
                }
                serverArg = a;
            }
        }
        if (host == null) {
            return usage(io); // real nslookup would start its interactive mode here
        }
        String server = serverArg == null ? client.resolv().nameserver() : serverArg;
        Optional<String> address = client.serverAddress(server);
        Optional<DnsServer> reached = address.flatMap(client::server);
        if (reached.isEmpty()) {
            String shown = address.orElse(server);
            for (int t = 0; t < TRIES; t++) {
                io.out().println(";; communications error to " + shown + "#53: timed out");
            }
            io.out().println(";; no servers could be reached");
            io.out().print("\n");
            return 1;
        }
        int status = lookup(reached.get(), server, host, o, io.out());
        io.out().print("\n");
        return status;
    }

    private int lookup(DnsServer server, String userArg, String host, BindNslookupOptions o, TextSink out) {
        boolean reverse = DnsNames.isIpv4(host);
        String name = reverse ? DnsNames.reverse(host) : host;
        RecordType type = reverse ? RecordType.PTR : o.type;
        ResolvConf conf = new ResolvConf(client.resolv().search(), client.resolv().nameservers(), o.ndots);
        Reply reply = DnsClient.search(server, name, type, conf, o.search && !reverse);
        out.print("Server:\t\t" + userArg + "\nAddress:\t" + server.address() + "#53\n\n");
        if (reply.rcode() != Rcode.NOERROR) {
            out.println("** server can't find " + reply.question().name() + ": " + reply.rcode().name());
            return 1;
        }
        boolean defaults = o.defaultLookups && type == RecordType.A;
        if (!reply.authoritative()) {
            out.println("Non-authoritative answer:");
        }
        BindNslookupPrinter.section(reply.answers(), true, out);
        boolean aNoAnswer = defaults && reply.answers().isEmpty();
        if (reply.answers().isEmpty() && !defaults) {
            out.println("*** Can't find " + name + ": No answer");
        }
        if (!reply.authoritative() && type != RecordType.A && type != RecordType.AAAA) {
            out.println("\nAuthoritative answers can be found from:");
            BindNslookupPrinter.section(reply.authority(), false, out);
            BindNslookupPrinter.section(reply.additional(), false, out);
        }
        if (!defaults) {
            return 0;
        }
        String canonical = reply.canonicalName();
        Reply aaaa = server.query(new Question(canonical, RecordType.AAAA));
        if (aaaa.rcode() != Rcode.NOERROR) {
            out.println("** server can't find " + canonical + ": " + aaaa.rcode().name());
            return 1;
        }
        BindNslookupPrinter.section(aaaa.answers(), true, out);
        if (aaaa.answers().isEmpty() && aNoAnswer) {
            out.println("*** Can't find " + canonical + ": No answer");
        }
        return 0;
    }

    private static int usage(Streams io) {
        io.err().print("Usage:\n"
                + "   nslookup [-opt ...]             # interactive mode using default server\n"
                + "   nslookup [-opt ...] - server    # interactive mode using 'server'\n"
                + "   nslookup [-opt ...] host        # just look up 'host' using default server\n"
                + "   nslookup [-opt ...] host server # just look up 'host' using 'server'\n");
        return 1;
    }
}
