package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.ResolvConf;
import dev.kubelab.sandbox.net.Viewpoint;

import java.util.List;
import java.util.Optional;

/** glibc-style name resolution for curl, wget, getent, ping: /etc/hosts, then DNS with the search list. */
public final class Resolver {
    private final Network network;

    public Resolver(Network network) {
        this.network = network;
    }

    /** An IPv4 literal resolves to itself; anything else is looked up from the viewpoint's resolv.conf. */
    public Resolution resolve(Viewpoint from, String name) {
        if (DnsNames.isIpv4(name)) {
            return new Resolution.Found(name, List.of(name));
        }
        Optional<String> local = HostsFile.lookup(from, name, network.store());
        if (local.isPresent()) {
            return new Resolution.Found(DnsNames.absolute(name), List.of(local.get()));
        }
        Optional<Reply> reply = lookup(from, name);
        if (reply.isEmpty()) {
            return new Resolution.TimedOut();
        }
        Reply r = reply.get();
        return r.addresses().isEmpty() ? new Resolution.NotFound()
                : new Resolution.Found(r.canonicalName(), r.addresses());
    }

    /**
     * The A reply for the first search candidate that has addresses (else the last reply), or empty when the
     * nameserver does not answer (glibc gives up at the first timeout).
     */
    public Optional<Reply> lookup(Viewpoint from, String name) {
        ResolvConf conf = from.resolv();
        Optional<DnsServer> server = new NameServers(network).reach(from, conf.nameserver());
        if (server.isEmpty()) {
            return Optional.empty();
        }
        Reply last = null;
        for (String candidate : SearchList.candidates(name, conf)) {
            last = server.get().query(new Question(candidate, RecordType.A));
            if (!last.addresses().isEmpty()) {
                return Optional.of(last);
            }
        }
        return Optional.ofNullable(last);
    }

    /** A reverse lookup (gethostbyaddr): /etc/hosts, then PTR from the nameserver; empty name when none. */
    public Resolution reverse(Viewpoint from, String ip) {
        Optional<String> local = HostsFile.reverse(from, ip, network.store());
        if (local.isPresent()) {
            return new Resolution.Found(local.get(), List.of(ip));
        }
        Optional<DnsServer> server = new NameServers(network).reach(from, from.resolv().nameserver());
        if (server.isEmpty()) {
            return new Resolution.TimedOut();
        }
        Reply r = server.get().query(new Question(DnsNames.reverse(ip), RecordType.PTR));
        return r.answers().stream().filter(a -> a.type() == RecordType.PTR).findFirst()
                .<Resolution>map(a -> new Resolution.Found(a.data(), List.of(ip)))
                .orElseGet(Resolution.NotFound::new);
    }
}
