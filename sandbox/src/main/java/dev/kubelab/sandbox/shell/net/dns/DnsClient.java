package dev.kubelab.sandbox.shell.net.dns;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.dns.DnsNames;
import dev.kubelab.sandbox.net.dns.DnsServer;
import dev.kubelab.sandbox.net.dns.NameServers;
import dev.kubelab.sandbox.net.dns.Question;
import dev.kubelab.sandbox.net.dns.Rcode;
import dev.kubelab.sandbox.net.dns.RecordType;
import dev.kubelab.sandbox.net.dns.Reply;
import dev.kubelab.sandbox.net.dns.Resolution;
import dev.kubelab.sandbox.net.dns.SearchList;

import java.util.List;
import java.util.Optional;

/** What the DNS tools share: where they run, the servers they can reach, bind's search walk, the seed. */
final class DnsClient {
    private final Network network;
    private final Viewpoint from;

    DnsClient(Network network, Viewpoint from) {
        this.network = network;
        this.from = from;
    }

    Viewpoint from() {
        return from;
    }

    ResolvConf resolv() {
        return from.resolv();
    }

    Network network() {
        return network;
    }

    /** The server at an address, or empty when queries to it time out. */
    Optional<DnsServer> server(String ip) {
        return new NameServers(network).reach(from, ip);
    }

    /** A server given on the command line: an address, or a name the C library resolves. */
    Optional<String> serverAddress(String arg) {
        if (DnsNames.isIpv4(arg)) {
            return Optional.of(arg);
        }
        Resolution r = network.resolver().resolve(from, arg);
        return r instanceof Resolution.Found f ? Optional.of(f.addresses().get(0)) : Optional.empty();
    }

    /**
     * bind's search walk (dighost.c next_origin): the candidates in glibc order, moving on only after NXDOMAIN.
     * Returns the reply that ends the walk (the last NXDOMAIN when every candidate failed).
     */
    static Reply search(DnsServer server, String name, RecordType type, ResolvConf conf, boolean useSearch) {
        List<String> candidates = useSearch ? SearchList.candidates(name, conf) : List.of(name);
        Reply reply = null;
        for (String candidate : candidates) {
            reply = server.query(new Question(candidate, type));
            if (reply.rcode() != Rcode.NXDOMAIN) {
                break;
            }
        }
        return reply;
    }

    /** A DNS message id, as dig shows it (from the sandbox's seed). */
    int nextId() {
        return network.seed().nextInt(65536);
    }

    /** dig's 8-byte client cookie in hex. */
    String cookie() {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            hex.append(String.format("%04x", network.seed().nextInt(65536)));
        }
        return hex.toString();
    }
}
