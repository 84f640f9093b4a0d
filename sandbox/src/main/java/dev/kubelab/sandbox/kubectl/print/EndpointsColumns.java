package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.Endpoints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printEndpoints: NAME ENDPOINTS AGE (no wide columns). */
public final class EndpointsColumns implements ColumnSet<Endpoints> {
    private static final int MAX_SHOWN = 3;

    @Override
    public List<String> headers(boolean wide) {
        return List.of("NAME", "ENDPOINTS", "AGE");
    }

    @Override
    public List<String> row(Endpoints ep, Instant now, boolean wide) {
        return List.of(ep.metadata().name(), format(ep), ColumnSet.age(ep.metadata().creationTimestamp(), now));
    }

    /**
     * formatEndpoints: for each subset, for each port, for each ready address "ip:port"; the first three
     * then " + N more..."; "&lt;none&gt;" without subsets, "" when only not-ready addresses exist.
     */
    static String format(Endpoints ep) {
        if (ep.subsets().isEmpty()) {
            return "<none>";
        }
        List<String> all = readyAddresses(ep);
        if (all.size() <= MAX_SHOWN) {
            return String.join(",", all);
        }
        return String.join(",", all.subList(0, MAX_SHOWN)) + " + " + (all.size() - MAX_SHOWN) + " more...";
    }

    /** Every ready "ip:port" (or bare ip for a port-less subset) in formatEndpoints order. */
    public static List<String> readyAddresses(Endpoints ep) {
        List<String> out = new ArrayList<>();
        for (EndpointSubset ss : ep.subsets()) {
            if (ss.ports().isEmpty()) {
                ss.addresses().forEach(a -> out.add(a.ip()));
                continue;
            }
            for (EndpointPort port : ss.ports()) {
                for (EndpointAddress a : ss.addresses()) {
                    out.add(hostPort(a.ip(), port.port()));
                }
            }
        }
        return out;
    }

    /** net.JoinHostPort: IPv6 addresses get brackets. */
    private static String hostPort(String ip, int port) {
        return ip.contains(":") ? "[" + ip + "]:" + port : ip + ":" + port;
    }
}
