package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.registry.alloc.Cidr;
import dev.kubelab.sandbox.registry.alloc.PortRange;

/**
 * The kube-apiserver flags the Service registry depends on: --service-cluster-ip-range and
 * --service-node-port-range. A value, so an edited manifest can bring up an API server with other ranges.
 */
public record ApiServerConfig(Cidr serviceClusterIPRange, PortRange serviceNodePortRange) {
    public static final String DEFAULT_SERVICE_CIDR = "10.96.0.0/12";
    public static final String DEFAULT_NODE_PORT_RANGE = "30000-32767";

    /** kubeadm's defaults: 10.96.0.0/12 and 30000-32767. */
    public static ApiServerConfig kubeadmDefaults() {
        return of(DEFAULT_SERVICE_CIDR, DEFAULT_NODE_PORT_RANGE);
    }

    public static ApiServerConfig of(String serviceCidr, String nodePortRange) {
        return new ApiServerConfig(Cidr.parse(serviceCidr), PortRange.parse(nodePortRange));
    }
}
