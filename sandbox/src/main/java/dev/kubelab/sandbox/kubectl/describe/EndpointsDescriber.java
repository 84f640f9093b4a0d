package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.EndpointAddress;
import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSubset;
import dev.kubelab.sandbox.api.Endpoints;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** describeEndpoints: metadata, then per subset Addresses / NotReadyAddresses / Ports table and a blank line. */
final class EndpointsDescriber implements Describer {

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        Endpoints ep = (Endpoints) object;
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + ep.metadata().name());
        w.line("Namespace:\t" + ep.metadata().namespace());
        DescribeSections.labels(w, "Labels", ep.metadata().labels());
        DescribeSections.annotations(w, ep.metadata().annotations());
        w.line("Subsets:");
        for (EndpointSubset subset : ep.subsets()) {
            w.write(1, "Addresses:\t" + ips(subset.addresses()) + "\n");
            w.write(1, "NotReadyAddresses:\t" + ips(subset.notReadyAddresses()) + "\n");
            if (!subset.ports().isEmpty()) {
                w.write(1, "Ports:\n");
                w.write(2, "Name\tPort\tProtocol\n");
                w.write(2, "----\t----\t--------\n");
                for (EndpointPort p : subset.ports()) {
                    String name = p.name() == null || p.name().isEmpty() ? "<unset>" : p.name();
                    w.write(2, name + "\t" + p.port() + "\t" + p.protocol() + "\n");
                }
            }
            w.write(0, "\n");
        }
        DescribeSections.events(w, Describer.eventsAbout(ep, store), now);
        return w.text();
    }

    private static String ips(List<EndpointAddress> addresses) {
        String joined = addresses.stream().map(EndpointAddress::ip).collect(Collectors.joining(","));
        return joined.isEmpty() ? "<none>" : joined;
    }
}
