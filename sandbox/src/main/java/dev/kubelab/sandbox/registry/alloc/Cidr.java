package dev.kubelab.sandbox.registry.alloc;

import dev.kubelab.sandbox.registry.validation.IpRules;

/** An IPv4 network such as 10.96.0.0/12 (the service CIDR). */
public record Cidr(long base, int prefixLength) {
    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("bad prefix length " + prefixLength);
        }
        base = base & mask(prefixLength);
    }

    public static Cidr parse(String cidr) {
        int slash = cidr.indexOf('/');
        long ip = slash < 0 ? -1 : IpRules.parseIPv4(cidr.substring(0, slash));
        if (ip < 0) {
            throw new IllegalArgumentException("invalid CIDR address: " + cidr);
        }
        return new Cidr(ip, Integer.parseInt(cidr.substring(slash + 1)));
    }

    /** Number of addresses, network and broadcast included. */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    public boolean contains(long ip) {
        return (ip & mask(prefixLength)) == base;
    }

    /** The n-th address (0 = the network address): 10.96.0.10 is address 10 of 10.96.0.0/12. */
    public String address(long n) {
        return IpRules.format(base + n);
    }

    @Override
    public String toString() {
        return IpRules.format(base) + "/" + prefixLength;
    }

    private static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }
}
