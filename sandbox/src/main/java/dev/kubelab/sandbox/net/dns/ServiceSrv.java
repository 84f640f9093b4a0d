package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SRV records of a Service (CoreDNS kubernetes plugin): _port._proto.svc.ns.svc.cluster.local names each port of
 * a ClusterIP Service, or each ready endpoint's port of a headless one, with the targets' A records as additional
 * data.
 */
final class ServiceSrv {
    private ServiceSrv() {
    }

    /** The SRV answer, or null when no port matches (NODATA). portName/proto null = every port. */
    static Reply answer(Question q, Service svc, String fqdn, List<ClusterObjects.Endpoint> endpoints,
                        String portName, String proto) {
        record Target(String name, int port, String ip) {}
        List<Target> targets = new ArrayList<>();
        if (ClusterObjects.headless(svc)) {
            for (ClusterObjects.Endpoint e : endpoints) {
                for (EndpointPort p : e.ports()) {
                    if (matches(p.name(), p.protocol(), portName, proto)) {
                        targets.add(new Target(e.label() + "." + fqdn, p.port(), e.ip()));
                    }
                }
            }
        } else {
            for (ServicePort p : svc.spec().ports()) {
                if (matches(p.name(), p.protocol(), portName, proto)) {
                    targets.add(new Target(fqdn, p.port(), svc.spec().clusterIP()));
                }
            }
        }
        if (targets.isEmpty()) {
            return null;
        }
        int weight = 100 / targets.size(); // backend_lookup.go: 100 split over the records of one priority
        List<Record> answers = new ArrayList<>();
        List<Record> extra = new ArrayList<>();
        for (Target t : targets) {
            answers.add(Record.srv(q.name(), ServiceZone.TTL, weight, t.port(), t.name()));
            Record a = Record.a(t.name(), ServiceZone.TTL, t.ip());
            if (!extra.contains(a)) {
                extra.add(a);
            }
        }
        return Reply.answer(q, true, false, answers).withAdditional(extra);
    }

    static boolean hasPort(Service svc, String portName, String proto) {
        return svc.spec().ports().stream().anyMatch(p -> matches(p.name(), p.protocol(), portName, proto));
    }

    private static boolean matches(String name, String protocol, String wantName, String wantProto) {
        if (wantName == null) {
            return true;
        }
        String p = protocol == null ? "tcp" : protocol.toLowerCase(Locale.ROOT);
        return wantName.equals(name) && wantProto.equals(p);
    }
}
