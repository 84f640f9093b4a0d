package dev.kubelab.sandbox.kubectl.describe;

import dev.kubelab.sandbox.api.EndpointPort;
import dev.kubelab.sandbox.api.EndpointSlice;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.kubectl.print.DescribeSections;
import dev.kubelab.sandbox.kubectl.print.DescribeWriter;
import dev.kubelab.sandbox.store.ObjectStore;

import java.time.Instant;

/** describeEndpointSliceV1: AddressType, Ports table, one "- Addresses:" block per endpoint. */
final class EndpointSliceDescriber implements Describer {

    @Override
    public String describe(KubeObject object, ObjectStore store, Instant now) {
        EndpointSlice s = (EndpointSlice) object;
        DescribeWriter w = new DescribeWriter();
        w.line("Name:\t" + s.metadata().name());
        w.line("Namespace:\t" + s.metadata().namespace());
        DescribeSections.labels(w, "Labels", s.metadata().labels());
        DescribeSections.annotations(w, s.metadata().annotations());
        w.line("AddressType:\t" + s.addressType());
        if (s.ports().isEmpty()) {
            w.line("Ports: <unset>");
        } else {
            w.line("Ports:");
            w.write(1, "Name\tPort\tProtocol\n");
            w.write(1, "----\t----\t--------\n");
            for (EndpointPort p : s.ports()) {
                String name = p.name() == null || p.name().isEmpty() ? "<unset>" : p.name();
                w.write(1, name + "\t" + p.port() + "\t" + p.protocol() + "\n");
            }
        }
        if (s.endpoints().isEmpty()) {
            w.line("Endpoints: <none>");
        } else {
            w.line("Endpoints:");
            for (EndpointSlice.Endpoint e : s.endpoints()) {
                String addresses = String.join(", ", e.addresses());
                w.write(1, "- Addresses:\t" + (addresses.isEmpty() ? "<none>" : addresses) + "\n");
                w.write(2, "Conditions:\n");
                w.write(3, "Ready:\t" + (e.conditions() == null ? "<unset>" : e.conditions().ready()) + "\n");
                w.write(2, "Hostname:\t<unset>\n");
                if (e.targetRef() != null) {
                    w.write(2, "TargetRef:\t" + e.targetRef().kind() + "/" + e.targetRef().name() + "\n");
                }
                w.write(2, "NodeName:\t" + (e.nodeName() == null ? "<unset>" : e.nodeName()) + "\n");
                w.write(2, "Zone:\t<unset>\n");
            }
        }
        DescribeSections.events(w, Describer.eventsAbout(s, store), now);
        return w.text();
    }
}
