package dev.kubelab.sandbox.cluster;

import java.time.Duration;

/**
 * One machine of the lab: its name, address, Calico block (192.168.N.0/24, first pod gets .2 — the
 * reference's examples use these) and when it joined, relative to the control plane's creation.
 */
record NodePlan(String name, String internalIP, int podBlock, boolean controlPlane, Duration joinedAfter) {

    String podCIDR() {
        return "192.168." + podBlock + ".0/24";
    }

    String podIP(int host) {
        return "192.168." + podBlock + "." + host;
    }
}
