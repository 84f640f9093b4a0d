package dev.kubelab.sandbox.net.dns;

import dev.kubelab.sandbox.SimClock;

/**
 * A resolver that knows only the outside world: systemd-resolved's stub on a node (127.0.0.53) or the home
 * router the laptop uses. Cluster names are unknown to it (NXDOMAIN).
 */
final class ForwardingServer implements DnsServer {
    private final String address;
    private final int udpSize;
    private final SimClock clock;

    ForwardingServer(String address, int udpSize, SimClock clock) {
        this.address = address;
        this.udpSize = udpSize;
        this.clock = clock;
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public Reply query(Question question) {
        return new Upstream(clock.now()).answer(question);
    }

    @Override
    public int ednsUdpSize() {
        return udpSize;
    }

    @Override
    public boolean echoesCookie() {
        return false;
    }
}
