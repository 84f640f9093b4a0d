package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.LoadBalancerIngress;
import dev.kubelab.sandbox.api.Service;
import dev.kubelab.sandbox.api.ServicePort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;

/** printService: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE [+ SELECTOR]. */
public final class ServiceColumns implements ColumnSet<Service> {
    private static final int LB_CELL_LIMIT = 16;

    @Override
    public List<String> headers(boolean wide) {
        List<String> h = new ArrayList<>(List.of("NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"));
        if (wide) {
            h.add("SELECTOR");
        }
        return h;
    }

    @Override
    public List<String> row(Service svc, Instant now, boolean wide) {
        List<String> ips = svc.spec().clusterIPs();
        List<String> r = new ArrayList<>(List.of(svc.metadata().name(), svc.spec().type(),
                ips.isEmpty() ? "<none>" : ips.get(0), externalIP(svc, wide), ports(svc),
                ColumnSet.age(svc.metadata().creationTimestamp(), now)));
        if (wide) {
            r.add(Labels.format(svc.spec().selector()));
        }
        return r;
    }

    /** PORT(S): "53/UDP,53/TCP", "80:31119/TCP" with a nodePort, or "&lt;none&gt;". */
    public static String ports(Service svc) {
        if (svc.spec().ports().isEmpty()) {
            return "<none>";
        }
        StringJoiner j = new StringJoiner(",");
        for (ServicePort p : svc.spec().ports()) {
            j.add(p.nodePort() > 0 ? p.port() + ":" + p.nodePort() + "/" + p.protocol() : p.port() + "/" + p.protocol());
        }
        return j.toString();
    }

    private static String externalIP(Service svc, boolean wide) {
        List<String> external = svc.spec().externalIPs();
        switch (svc.spec().type()) {
            case "ClusterIP", "NodePort":
                return external.isEmpty() ? "<none>" : String.join(",", external);
            case "LoadBalancer": {
                TreeSet<String> ingress = new TreeSet<>();
                for (LoadBalancerIngress i : svc.status().loadBalancerIngress()) {
                    ingress.add(i.ip() != null && !i.ip().isEmpty() ? i.ip() : i.hostname());
                }
                String lb = String.join(",", ingress);
                if (!wide && lb.length() > LB_CELL_LIMIT) {
                    lb = lb.substring(0, LB_CELL_LIMIT - 3) + "...";
                }
                List<String> all = new ArrayList<>();
                if (!lb.isEmpty()) {
                    all.add(lb);
                }
                all.addAll(external);
                return all.isEmpty() ? "<pending>" : String.join(",", all);
            }
            case "ExternalName":
                return svc.spec().externalName();
            default:
                return "<unknown>";
        }
    }
}
