package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.Service;

import java.util.List;
import java.util.Optional;

/**
 * PTR records of the kubernetes plugin (in-addr.arpa): a ClusterIP names its Service, an endpoint address names
 * its endpoint (dashed-ip.svc.ns.svc.cluster.local). Other addresses fall through to the forward plugin.
 */
final class ReverseZone {
    private final ClusterObjects cluster;

    ReverseZone(ClusterObjects cluster) {
        this.cluster = cluster;
    }

    /** The authoritative PTR answer, or empty when the address is not the cluster's (fallthrough). */
    Optional<Reply> answer(Question q) {
        Optional<String> ip = DnsNames.fromReverse(q.name());
        if (q.type() != RecordType.PTR || ip.isEmpty()) {
            return Optional.empty();
        }
        return target(ip.get()).map(t -> Reply.answer(q, true, false, List.of(Record.ptr(q.name(), ServiceZone.TTL, t))));
    }

    /** Like CoreDNS's serviceRecordForIP: the first Service with this ClusterIP, else the first endpoint. */
    private Optional<String> target(String ip) {
        List<Service> services = cluster.services();
        for (Service svc : services) {
            if (ip.equals(svc.spec().clusterIP())) {
                return Optional.of(ServiceZone.fqdn(svc));
            }
        }
        for (Service svc : services) {
            for (EndpointSlice slice : cluster.slices(svc)) {
                for (EndpointSlice.Endpoint e : slice.endpoints()) {
                    if (e.addresses().contains(ip)) {
                        return Optional.of(cluster.label(svc, e) + "." + ServiceZone.fqdn(svc));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
