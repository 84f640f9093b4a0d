package dev.kubelab.sandbox.net.proxy;

import java.util.List;

/**
 * The rules of one service port on one node, in kube-proxy's order: the cluster IP, external IPs and
 * load-balancer IPs in KUBE-SERVICES, the node port in KUBE-NODEPORTS, REJECT/DROP in the filter table when
 * there is nothing to send traffic to, then the EXT, SVC/SVL and SEP chains.
 */
final class ServiceChains {
    private final ServicePortInfo svc;
    private final EndpointChoice eps;
    private final Table.Builder filter;
    private final Table.Builder nat;
    private final String name;

    ServiceChains(ServicePortInfo svc, EndpointChoice eps, Table.Builder filter, Table.Builder nat) {
        this.svc = svc;
        this.eps = eps;
        this.filter = filter;
        this.nat = nat;
        this.name = svc.servicePortName();
    }

    void write() {
        String clusterChain = svc.svcChain();
        String localChain = svc.svlChain();
        boolean usesCluster = !eps.cluster().isEmpty() && svc.usesClusterEndpoints();
        boolean usesLocal = !eps.local().isEmpty() && svc.usesLocalEndpoints();
        String internalChain = svc.internalLocal() ? localChain : clusterChain;
        boolean hasInternal = eps.hasAny() && (!svc.internalLocal() || !eps.local().isEmpty());
        String externalPolicyChain = svc.externalPolicyLocal() ? localChain : clusterChain;
        boolean hasExternal = eps.hasAny() && (!svc.externalPolicyLocal() || !eps.local().isEmpty());
        boolean usesExt = eps.hasAny() && svc.externallyAccessible();
        String ext = svc.extChain();

        String internalVerdict = !eps.hasAny() ? "REJECT" : "DROP";
        String internalWhy = !eps.hasAny() ? name + " has no endpoints" : name + " has no local endpoints";
        String externalVerdict = internalVerdict;
        String externalWhy = internalWhy;

        if (hasInternal) {
            nat.add("KUBE-SERVICES", toService(svc.clusterIP(), name + " cluster IP").jump(internalChain));
        } else {
            filter.add("KUBE-SERVICES", toService(svc.clusterIP(), internalWhy).to(verdict(internalVerdict)));
        }
        for (String ip : svc.externalIPs()) {
            if (eps.hasAny()) {
                nat.add("KUBE-SERVICES", toService(ip, name + " external IP").jump(ext));
            }
            if (!hasExternal) {
                filter.add("KUBE-EXTERNAL-SERVICES", toService(ip, externalWhy).to(verdict(externalVerdict)));
            }
        }
        for (String ip : svc.loadBalancerIPs()) {
            if (eps.hasAny()) {
                nat.add("KUBE-SERVICES", toService(ip, name + " loadbalancer IP").jump(ext));
            }
        }
        if (!hasExternal) {
            for (String ip : svc.loadBalancerIPs()) {
                filter.add("KUBE-EXTERNAL-SERVICES", toService(ip, externalWhy).to(verdict(externalVerdict)));
            }
        }
        if (svc.nodePort() != 0) {
            if (eps.hasAny()) {
                nat.add("KUBE-NODEPORTS", Rule.with().comment(name).port(svc.proto(), svc.nodePort()).jump(ext));
            }
            if (!hasExternal) {
                filter.add("KUBE-EXTERNAL-SERVICES", Rule.with().comment(externalWhy)
                        .match(new Match.AddrType(false, "LOCAL")).port(svc.proto(), svc.nodePort())
                        .to(verdict(externalVerdict)));
            }
        }
        if (hasInternal) {
            nat.add(internalChain, Rule.with().source(Address.not(ProxyFacts.CLUSTER_CIDR))
                    .destination(Address.host(svc.clusterIP())).comment(name + " cluster IP")
                    .port(svc.proto(), svc.port()).jump("KUBE-MARK-MASQ"));
        }
        if (usesExt) {
            externalChain(ext, clusterChain, externalPolicyChain, hasExternal);
        }
        if (usesCluster) {
            balance(clusterChain, eps.cluster());
        }
        if (usesLocal) {
            balance(localChain, eps.local());
        }
        for (ProxyEndpoint ep : eps.reachable()) {
            endpointChain(ep);
        }
    }

    /** The KUBE-SERVICES / filter shape: -d ip/32 -p proto --comment … --dport port. */
    private Rule.Builder toService(String ip, String comment) {
        return Rule.with().destination(Address.host(ip)).comment(comment).port(svc.proto(), svc.port());
    }

    private void externalChain(String ext, String clusterChain, String policyChain, boolean hasExternal) {
        nat.chain(ext);
        if (!svc.externalPolicyLocal()) {
            nat.add(ext, Rule.with().comment("masquerade traffic for " + name + " external destinations")
                    .jump("KUBE-MARK-MASQ"));
        } else {
            // Pods and the node itself are not "external": they keep Cluster behaviour (as if via the LB).
            nat.add(ext, Rule.with().source(Address.of(ProxyFacts.CLUSTER_CIDR))
                    .comment("pod traffic for " + name + " external destinations").jump(clusterChain));
            nat.add(ext, Rule.with().comment("masquerade LOCAL traffic for " + name + " external destinations")
                    .match(new Match.AddrType(true, "LOCAL")).jump("KUBE-MARK-MASQ"));
            nat.add(ext, Rule.with().comment("route LOCAL traffic for " + name + " external destinations")
                    .match(new Match.AddrType(true, "LOCAL")).jump(clusterChain));
        }
        if (hasExternal) {
            nat.add(ext, Rule.with().jump(policyChain));
        }
    }

    /** writeServiceToEndpointRules: affinity checks first, then the random split 1/(n-i). */
    private void balance(String chain, List<ProxyEndpoint> endpoints) {
        nat.chain(chain);
        if (svc.affinitySeconds() > 0) {
            for (ProxyEndpoint ep : endpoints) {
                String sep = svc.sepChain(ep);
                nat.add(chain, Rule.with().comment(name + " -> " + ep.address())
                        .match(Match.Recent.check(sep, svc.affinitySeconds())).jump(sep));
            }
        }
        int n = endpoints.size();
        for (int i = 0; i < n; i++) {
            ProxyEndpoint ep = endpoints.get(i);
            Rule.Builder rule = Rule.with().comment(name + " -> " + ep.address());
            if (i < n - 1) {
                rule.match(new Match.Statistic(Probability.ofRemaining(n - i)));
            }
            nat.add(chain, rule.jump(svc.sepChain(ep)));
        }
    }

    private void endpointChain(ProxyEndpoint ep) {
        String sep = svc.sepChain(ep);
        nat.add(sep, Rule.with().source(Address.host(ep.ip())).comment(name).jump("KUBE-MARK-MASQ"));
        Rule.Builder dnat = Rule.with().comment(name);
        if (svc.affinitySeconds() > 0) {
            dnat.match(Match.Recent.set(sep));
        }
        nat.add(sep, dnat.port(svc.proto(), 0).to(new Target.Dnat(ep.ip(), ep.port())));
    }

    private static Target verdict(String v) {
        return v.equals("REJECT") ? new Target.Reject("icmp-port-unreachable") : new Target.Jump(v);
    }
}
