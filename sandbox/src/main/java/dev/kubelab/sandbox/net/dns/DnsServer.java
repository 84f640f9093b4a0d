package dev.kubelab.sandbox.net.dns;

/**
 * A nameserver a program can reach. The EDNS details differ between them and show in dig's OPT pseudosection:
 * CoreDNS mirrors the client's UDP size and echoes its cookie, systemd-resolved's stub advertises 65494.
 */
public interface DnsServer {
    /** The address it was asked at, e.g. 10.96.0.10. */
    String address();

    Reply query(Question question);

    int ednsUdpSize();

    /** Whether the reply carries the client's EDNS cookie back ("(echoed)" in dig). */
    boolean echoesCookie();
}
