package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.net.World;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The internet's DNS as the nodes' resolvers see it: A and PTR records of the World's hosts, NODATA for other
 * types of those names, NXDOMAIN (with the root zone's SOA) for everything else. Never authoritative.
 */
public final class Upstream {
    static final int TTL = 300;
    private static final DateTimeFormatter SERIAL_DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private final Instant now;

    public Upstream(Instant now) {
        this.now = now;
    }

    public Reply answer(Question q) {
        if (q.name().isEmpty()) {
            return root(q);
        }
        Optional<World.ExternalHost> host = World.byName(q.name());
        if (host.isPresent()) {
            if (q.type() == RecordType.A) {
                return Reply.answer(q, false, true, List.of(Record.a(q.name(), TTL, host.get().ip())));
            }
            return Reply.negative(q, Rcode.NOERROR, false, true, zoneSoa(q.name()));
        }
        Optional<String> ip = DnsNames.fromReverse(q.name());
        Optional<World.ExternalHost> owner = ip.flatMap(World::byIp);
        if (owner.isPresent() && q.type() == RecordType.PTR) {
            return Reply.answer(q, false, true, List.of(Record.ptr(q.name(), TTL, owner.get().name())));
        }
        return Reply.negative(q, Rcode.NXDOMAIN, false, true, rootSoa());
    }

    /** The root zone: its 13 servers for NS (what "dig" with no name asks), NODATA for other types. */
    private Reply root(Question q) {
        if (q.type() != RecordType.NS) {
            return Reply.negative(q, Rcode.NOERROR, false, true, rootSoa());
        }
        List<Record> servers = new ArrayList<>();
        for (char c = 'a'; c <= 'm'; c++) {
            servers.add(new Record("", RecordType.NS, 518400, c + ".root-servers.net"));
        }
        return Reply.answer(q, false, true, servers);
    }

    private Record rootSoa() {
        return new Record("", RecordType.SOA, 86400,
                "a.root-servers.net nstld.verisign-grs.com " + SERIAL_DAY.format(now) + "00 1800 900 604800 86400");
    }

    /** The SOA of the public hosts' zone (their parent domain), sent with NODATA answers. */
    private static Record zoneSoa(String name) {
        String zone = name.substring(name.indexOf('.') + 1);
        return new Record(zone, RecordType.SOA, 3600, "ns.icann.org noc.dns.icann.org 2025011636 7200 3600 1209600 3600");
    }
}
