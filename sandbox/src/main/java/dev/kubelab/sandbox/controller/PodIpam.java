package dev.kubelab.sandbox.controller;

import dev.kubelab.sandbox.api.Node;
import dev.kubelab.sandbox.api.Pod;
import dev.kubelab.sandbox.store.ObjectStore;

import java.util.HashSet;
import java.util.Set;

/**
 * Calico IPAM reduced to what learners see: each node hands out addresses of its 192.168.N.0/24 block, lowest
 * free first from .2; an address is free once no pod in the store holds it (so it is reused only after release).
 */
final class PodIpam {
    private PodIpam() {
    }

    static String allocate(ObjectStore store, Node node) {
        String cidr = node.spec().podCIDR();
        if (cidr == null || !cidr.endsWith(".0/24")) {
            return null;
        }
        String prefix = cidr.substring(0, cidr.length() - "0/24".length());
        Set<String> used = new HashSet<>();
        for (Pod p : store.view(Pod.class, null)) {
            if (p.status().podIP() != null && !p.spec().hostNetwork()) {
                used.add(p.status().podIP());
            }
        }
        for (int host = 2; host < 255; host++) {
            if (!used.contains(prefix + host)) {
                return prefix + host;
            }
        }
        return null;
    }
}
