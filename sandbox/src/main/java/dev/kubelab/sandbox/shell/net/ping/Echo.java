package dev.kubelab.sandbox.shell.net.ping;

/**
 * What one host makes of an echo request sent from here, the same for every packet of a ping run: a reply
 * (with the TTL it arrives with and a typical round trip), an ICMP error from a REJECT rule, or silence.
 * from is the address the answer comes from.
 */
record Echo(Kind kind, String from, int ttl, int baseMicros) {
    enum Kind { REPLY, PORT_UNREACHABLE, LOST }

    static Echo lost() {
        return new Echo(Kind.LOST, null, 0, 0);
    }

    /** The round trip of packet seq in microseconds: the typical time and a fixed wobble of up to a third. */
    int rttMicros(int seq) {
        int h = (from + "#" + seq).hashCode() * 0x9E3779B1;
        return baseMicros + Math.floorMod(h >>> 7, Math.max(1, baseMicros / 3));
    }
}
