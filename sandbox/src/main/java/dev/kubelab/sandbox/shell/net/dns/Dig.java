package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Optional;

/**
 * dig (bind 9.18). Unlike nslookup and the C library it does not use the search list unless +search is given,
 * so "dig nginx" asks for "nginx." and gets NXDOMAIN from the root: a classic surprise in a pod.
 */
final class Dig implements Builtin {
    private final DnsClient client;
    private final String version;

    Dig(DnsClient client, String version) {
        this.client = client;
        this.version = version;
    }

    @Override
    public String name() {
        return "dig";
    }

    @Override
    public int run(List<String> args, Streams io) {
        DigOptions o = DigOptions.parse(args);
        if (o.invalid != null) {
            io.err().println("Invalid option: " + o.invalid);
            io.err().print(DigPrinter.USAGE + "\nUse \"dig -h\" (or \"dig -h | more\") for complete list of options\n");
            return 1;
        }
        if (o.help) {
            io.out().print(DigPrinter.USAGE);
            return 0;
        }
        if (o.version) {
            io.err().println("DiG " + version);
            return 0;
        }
        DigPrinter printer = new DigPrinter(o, version, String.join(" ", args), io.out());
        String serverName = o.server == null ? client.resolv().nameserver() : o.server;
        Optional<String> address = client.serverAddress(serverName);
        if (address.isEmpty()) {
            io.err().println("dig: couldn't get address for '" + serverName + "': not found");
            return 10;
        }
        Optional<DnsServer> server = client.server(address.get());
        if (server.isEmpty()) {
            printer.timedOut(address.get());
            return 9;
        }
        Reply reply = query(server.get(), o);
        int id = client.nextId();
        String cookie = server.get().echoesCookie() && !o.shortForm ? client.cookie() : null;
        printer.reply(reply, server.get(), serverName, id, cookie, client.network().clock().now());
        return 0;
    }

    private Reply query(DnsServer server, DigOptions o) {
        if (o.reverse) {
            return server.query(new Question(DnsNames.reverse(o.name), RecordType.PTR));
        }
        if (o.name == null) {
            return server.query(new Question("", o.type == null ? RecordType.NS : o.type));
        }
        RecordType type = o.type == null ? RecordType.A : o.type;
        ResolvConf conf = client.resolv();
        ResolvConf withNdots = new ResolvConf(conf.search(), conf.nameservers(), o.ndots == null ? conf.ndots() : o.ndots);
        return DnsClient.search(server, o.name, type, withNdots, o.search);
    }
}
