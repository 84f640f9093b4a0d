package dev.kubelab.sandbox.net.dns;

import java.util.List;

/** What a program's resolver (getaddrinfo) makes of a host name. */
public sealed interface Resolution {
    /** The name resolved: the FQDN that answered (after search domains and CNAMEs) and its IPv4 addresses. */
    record Found(String canonicalName, List<String> addresses) implements Resolution {
        public Found {
            addresses = List.copyOf(addresses);
        }
    }

    /** NXDOMAIN (or no A record) for every name the search list tried. */
    record NotFound() implements Resolution {}

    /** The nameserver never answered (e.g. CoreDNS scaled to zero). */
    record TimedOut() implements Resolution {}
}
