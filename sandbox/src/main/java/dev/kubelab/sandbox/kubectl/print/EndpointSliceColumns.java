package dev.kubelab.sandbox.kubectl.print;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** printEndpointSlice: NAME ADDRESSTYPE PORTS ENDPOINTS AGE (no wide columns). */
public final class EndpointSliceColumns implements ColumnSet<EndpointSlice> {
    private static final int MAX_SHOWN = 3;

    @Override
    public List<String> headers(boolean wide) {
        return List.of("NAME", "ADDRESSTYPE", "PORTS", "ENDPOINTS", "AGE");
    }

    @Override
    public List<String> row(EndpointSlice s, Instant now, boolean wide) {
        List<String> ports = new ArrayList<>();
        for (EndpointPort p : s.ports()) {
            ports.add(p.port() != 0 ? Integer.toString(p.port()) : p.name() != null ? p.name() : "*");
        }
        List<String> addresses = new ArrayList<>();
        for (EndpointSlice.Endpoint e : s.endpoints()) {
            addresses.addAll(e.addresses());
        }
        return List.of(s.metadata().name(), s.addressType(), listWithMore(ports), listWithMore(addresses),
                ColumnSet.age(s.metadata().creationTimestamp(), now));
    }

    /** listWithMoreString: the first three, " + N more..." after them, "&lt;unset&gt;" for none. */
    static String listWithMore(List<String> all) {
        if (all.size() > MAX_SHOWN) {
            return String.join(",", all.subList(0, MAX_SHOWN)) + " + " + (all.size() - MAX_SHOWN) + " more...";
        }
        return all.isEmpty() ? "<unset>" : String.join(",", all);
    }
}
