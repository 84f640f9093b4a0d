package dev.kubelab.sandbox.net.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * kube-proxy's CategorizeEndpoints for one node: the endpoints Cluster policy uses (ready ones, else serving
 * terminating ones), the local ones Local policy uses, and whether the service has usable endpoints anywhere.
 */
public record EndpointChoice(List<ProxyEndpoint> cluster, List<ProxyEndpoint> local,
                             List<ProxyEndpoint> reachable, boolean hasAny) {

    public static EndpointChoice of(ServicePortInfo svc, String node) {
        List<ProxyEndpoint> all = svc.endpoints();
        List<ProxyEndpoint> cluster = List.of();
        boolean hasAny = false;
        if (svc.usesClusterEndpoints()) {
            cluster = filter(all, ProxyEndpoint::ready);
            if (cluster.isEmpty()) {
                cluster = filter(all, e -> e.serving() && e.terminating());
            }
            hasAny = !cluster.isEmpty();
        }
        if (!svc.usesLocalEndpoints()) {
            return new EndpointChoice(cluster, List.of(), cluster, hasAny);
        }
        boolean localReady = false;
        boolean localTerminating = false;
        for (ProxyEndpoint e : all) {
            if (e.ready()) {
                hasAny = true;
                localReady |= e.local(node);
            } else if (e.serving() && e.terminating()) {
                hasAny = true;
                localTerminating |= e.local(node);
            }
        }
        List<ProxyEndpoint> local = List.of();
        if (localReady) {
            local = filter(all, e -> e.local(node) && e.ready());
        } else if (localTerminating) {
            local = filter(all, e -> e.local(node) && e.serving() && e.terminating());
        }
        if (!svc.usesClusterEndpoints()) {
            return new EndpointChoice(cluster, local, local, hasAny);
        }
        List<ProxyEndpoint> reachable = new ArrayList<>(cluster);
        for (ProxyEndpoint e : local) {
            if (!reachable.contains(e)) {
                reachable.add(e);
            }
        }
        return new EndpointChoice(cluster, local, reachable, hasAny);
    }

    private static List<ProxyEndpoint> filter(List<ProxyEndpoint> all, Predicate<ProxyEndpoint> keep) {
        return all.stream().filter(keep).toList();
    }
}
