package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * CoreDNS's kubernetes plugin for names inside cluster.local (reference §6.2): Services (A, headless, ExternalName,
 * SRV, endpoint names), pods (a-b-c-d.ns.pod), NODATA for namespaces, NXDOMAIN for everything else.
 * Answers are authoritative; the recursion-available flag is never set.
 */
final class ServiceZone {
    static final int TTL = 30;
    private final ClusterObjects cluster;
    /** How CoreDNS resolves an ExternalName target: through its own forward plugin. */
    private final Function<Question, Reply> upstream;
    private final long serial;

    ServiceZone(ClusterObjects cluster, Function<Question, Reply> upstream, long serial) {
        this.cluster = cluster;
        this.upstream = upstream;
        this.serial = serial;
    }

    Record soa() {
        return new Record(DnsNames.ZONE, RecordType.SOA, TTL,
                "ns.dns." + DnsNames.ZONE + " hostmaster." + DnsNames.ZONE + " " + serial + " 7200 1800 86400 30");
    }

    Reply answer(Question q) {
        if (q.name().equals(DnsNames.ZONE)) {
            return q.type() == RecordType.SOA ? Reply.answer(q, true, false, List.of(soa())) : nodata(q);
        }
        String relative = q.name().substring(0, q.name().length() - DnsNames.ZONE.length() - 1);
        List<String> labels = Arrays.asList(relative.split("\\."));
        String kind = labels.get(labels.size() - 1);
        List<String> rest = labels.subList(0, labels.size() - 1);
        if (kind.equals("svc")) {
            return services(q, rest);
        }
        return kind.equals("pod") ? pods(q, rest) : nxdomain(q);
    }

    /**
     * The answer when the labels before "svc"/"pod" stop at the namespace: the bare zone or an existing
     * namespace is a name without records (NODATA), an unknown namespace does not exist (NXDOMAIN); else null.
     */
    private Reply namespaceOnly(Question q, List<String> l) {
        int m = l.size();
        if (m == 0) {
            return nodata(q);
        }
        if (!cluster.namespaceExists(l.get(m - 1))) {
            return nxdomain(q);
        }
        return m == 1 ? nodata(q) : null;
    }

    /** labels before "svc": [[_port, _proto,] | [endpoint,]] service, namespace. */
    private Reply services(Question q, List<String> l) {
        Reply early = namespaceOnly(q, l);
        if (early != null) {
            return early;
        }
        int m = l.size();
        Service svc = cluster.service(l.get(m - 1), l.get(m - 2)).orElse(null);
        if (svc == null) {
            return nxdomain(q);
        }
        if (m == 2) {
            return service(q, svc, null, null);
        }
        if (m == 3) {
            return endpoint(q, svc, l.get(0));
        }
        if (m == 4 && l.get(0).startsWith("_") && l.get(1).startsWith("_")) {
            return service(q, svc, l.get(0).substring(1), l.get(1).substring(1));
        }
        return nxdomain(q);
    }

    private Reply service(Question q, Service svc, String portName, String proto) {
        if (ClusterObjects.externalName(svc)) {
            return externalName(q, svc);
        }
        boolean headless = ClusterObjects.headless(svc);
        List<ClusterObjects.Endpoint> endpoints = headless ? cluster.readyEndpoints(svc) : List.of();
        if (headless && endpoints.isEmpty()) {
            return nxdomain(q); // CoreDNS finds no records for a headless Service without ready endpoints
        }
        if (portName != null && !ServiceSrv.hasPort(svc, portName, proto)) {
            return nxdomain(q);
        }
        if (q.type() == RecordType.A) {
            List<Record> answers = new ArrayList<>();
            if (headless) {
                endpoints.forEach(e -> answers.add(Record.a(q.name(), TTL, e.ip())));
            } else {
                answers.add(Record.a(q.name(), TTL, svc.spec().clusterIP()));
            }
            return Reply.answer(q, true, false, answers);
        }
        if (q.type() == RecordType.SRV) {
            Reply srv = ServiceSrv.answer(q, svc, fqdn(svc), endpoints, portName, proto);
            return srv == null ? nodata(q) : srv;
        }
        return nodata(q);
    }

    /** A CNAME to the external name, plus the target's addresses when an A record is asked for. */
    private Reply externalName(Question q, Service svc) {
        String target = DnsNames.absolute(svc.spec().externalName()).toLowerCase(Locale.ROOT);
        List<Record> answers = new ArrayList<>(List.of(Record.cname(q.name(), TTL, target)));
        if (q.type() == RecordType.A || q.type() == RecordType.AAAA) {
            answers.addAll(upstream.apply(new Question(target, q.type())).answers());
        } else if (q.type() != RecordType.CNAME) {
            return nodata(q);
        }
        return Reply.answer(q, true, false, answers);
    }

    /** dashed-ip (or hostname).svc.ns.svc.cluster.local: one endpoint of the Service. */
    private Reply endpoint(Question q, Service svc, String label) {
        for (ClusterObjects.Endpoint e : cluster.readyEndpoints(svc)) {
            if (e.label().equals(label)) {
                return q.type() == RecordType.A ? Reply.answer(q, true, false, List.of(Record.a(q.name(), TTL, e.ip())))
                        : nodata(q);
            }
        }
        return nxdomain(q);
    }

    /** a-b-c-d.ns.pod.cluster.local ("pods insecure": any valid address in an existing namespace). */
    private Reply pods(Question q, List<String> l) {
        Reply early = namespaceOnly(q, l);
        if (early != null) {
            return early;
        }
        int m = l.size();
        String ip = l.get(0).replace('-', '.');
        if (m != 2 || !DnsNames.isIpv4(ip)) {
            return nxdomain(q);
        }
        return q.type() == RecordType.A ? Reply.answer(q, true, false, List.of(Record.a(q.name(), TTL, ip))) : nodata(q);
    }

    static String fqdn(Service svc) {
        return svc.metadata().name() + "." + svc.metadata().namespace() + ".svc." + DnsNames.ZONE;
    }

    private Reply nxdomain(Question q) {
        return Reply.negative(q, Rcode.NXDOMAIN, true, false, soa());
    }

    private Reply nodata(Question q) {
        return Reply.negative(q, Rcode.NOERROR, true, false, soa());
    }
}
