package dev.kubelab.sandbox.net.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * kube-proxy's IPVS mode for one node: a virtual server per cluster IP, external IP and LB IP, and per node
 * address for node ports, each with the endpoints as Masq real servers. Sorted as `ipvsadm -Ln` prints:
 * TCP before UDP, then address (numerically), then port; real servers by address and port.
 */
public final class IpvsCompiler {
    private IpvsCompiler() {
    }

    public static List<VirtualServer> compile(List<ServicePortInfo> services, String node, String nodeIp) {
        List<VirtualServer> out = new ArrayList<>();
        for (ServicePortInfo svc : services) {
            EndpointChoice eps = EndpointChoice.of(svc, node);
            List<ProxyEndpoint> internal = svc.internalLocal() ? eps.local() : eps.cluster();
            List<ProxyEndpoint> external = svc.externalPolicyLocal() ? eps.local() : eps.cluster();
            out.add(server(svc, svc.clusterIP(), svc.port(), VirtualServer.Kind.CLUSTER_IP, internal));
            for (String ip : svc.externalIPs()) {
                out.add(server(svc, ip, svc.port(), VirtualServer.Kind.EXTERNAL_IP, external));
            }
            for (String ip : svc.loadBalancerIPs()) {
                out.add(server(svc, ip, svc.port(), VirtualServer.Kind.LOAD_BALANCER, external));
            }
            if (svc.nodePort() != 0 && nodeIp != null) {
                out.add(server(svc, nodeIp, svc.nodePort(), VirtualServer.Kind.NODE_PORT, external));
            }
        }
        out.sort(Comparator.comparing(VirtualServer::protocol)
                .thenComparingLong(v -> Ipv4.toLong(v.ip())).thenComparingInt(VirtualServer::port));
        return out;
    }

    private static VirtualServer server(ServicePortInfo svc, String ip, int port, VirtualServer.Kind kind,
                                        List<ProxyEndpoint> endpoints) {
        List<VirtualServer.RealServer> reals = new ArrayList<>();
        for (ProxyEndpoint ep : endpoints) {
            reals.add(new VirtualServer.RealServer(ep.ip(), ep.port(), ep.ready() ? 1 : 0));
        }
        reals.sort(Comparator.comparingLong((VirtualServer.RealServer r) -> Ipv4.toLong(r.ip()))
                .thenComparingInt(VirtualServer.RealServer::port));
        return new VirtualServer(svc.protocol().toUpperCase(java.util.Locale.ROOT), ip, port, "rr",
                svc.affinitySeconds(), kind, svc.externalPolicyLocal(), svc.servicePortName(), reals);
    }
}
