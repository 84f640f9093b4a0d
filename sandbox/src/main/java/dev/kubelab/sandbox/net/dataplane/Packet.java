package dev.kubelab.sandbox.net.dataplane;

import java.util.Locale;

/**
 * The first packet of a connection as netfilter sees it: protocol ("tcp"/"udp"), addresses and ports, the
 * fwmark (0x4000 = masquerade later), and whether a DNAT already happened (conntrack's DNAT state).
 */
record Packet(String protocol, String src, int sport, String dst, int dport, int mark, boolean dnatted) {
    static Packet open(String protocol, String src, int sport, String dst, int dport) {
        return new Packet(protocol.toLowerCase(Locale.ROOT), src, sport, dst, dport, 0, false);
    }

    Packet withSource(String ip) {
        return new Packet(protocol, ip, sport, dst, dport, mark, dnatted);
    }

    Packet dnat(String ip, int port) {
        return new Packet(protocol, src, sport, ip, port, mark, true);
    }

    Packet withMark(int newMark) {
        return new Packet(protocol, src, sport, dst, dport, newMark, dnatted);
    }

    /** "ip:port"; an ICMP echo has no ports, just the address. */
    String source() {
        return protocol.equals("icmp") ? src : src + ":" + sport;
    }

    String destination() {
        return protocol.equals("icmp") ? dst : dst + ":" + dport;
    }
}
