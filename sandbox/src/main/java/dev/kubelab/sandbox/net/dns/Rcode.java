package dev.kubelab.sandbox.net.dns;

/** Response codes the simulated servers give (NODATA is NOERROR with an empty answer section). */
public enum Rcode {
    NOERROR, SERVFAIL, NXDOMAIN
}
