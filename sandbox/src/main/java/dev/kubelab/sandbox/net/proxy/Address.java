package dev.kubelab.sandbox.net.proxy;

/** -s / -d of a rule: a CIDR (hosts as /32, the way iptables keeps them), possibly inverted with "!". */
public record Address(String cidr, boolean inverted) {
    public static Address host(String ip) {
        return new Address(ip + "/32", false);
    }

    public static Address not(String cidr) {
        return new Address(cidr, true);
    }

    public static Address of(String cidr) {
        return new Address(cidr, false);
    }

    /** Whether ip (IPv4 dotted quad) falls inside, taking the inversion into account. */
    public boolean matches(String ip) {
        return Ipv4.inCidr(ip, cidr) != inverted;
    }
}
