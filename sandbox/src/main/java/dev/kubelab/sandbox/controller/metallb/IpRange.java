package dev.kubelab.sandbox.controller.metallb;

/** One entry of an IPAddressPool's spec.addresses: "a.b.c.d-a.b.c.e" or a CIDR "a.b.c.d/n" (IPv4 only here). */
record IpRange(long first, long last) {
    /** Parses the entry; IllegalArgumentException when it is neither form. */
    static IpRange parse(String entry) {
        String s = entry.strip();
        int dash = s.indexOf('-');
        if (dash >= 0) {
            long first = toLong(s.substring(0, dash).strip());
            long last = toLong(s.substring(dash + 1).strip());
            if (last < first) {
                throw new IllegalArgumentException("invalid IP range " + entry);
            }
            return new IpRange(first, last);
        }
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("invalid CIDR " + entry);
        }
        int bits = Integer.parseInt(s.substring(slash + 1));
        if (bits < 0 || bits > 32) {
            throw new IllegalArgumentException("invalid CIDR " + entry);
        }
        long size = 1L << (32 - bits);
        long network = toLong(s.substring(0, slash)) & ~(size - 1) & 0xFFFFFFFFL;
        return new IpRange(network, network + size - 1);
    }

    boolean contains(long ip) {
        return ip >= first && ip <= last;
    }

    static long toLong(String ip) {
        String[] parts = ip.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("invalid IP " + ip);
        }
        long value = 0;
        for (String p : parts) {
            int octet = Integer.parseInt(p);
            if (octet < 0 || octet > 255) {
                throw new IllegalArgumentException("invalid IP " + ip);
            }
            value = value << 8 | octet;
        }
        return value;
    }

    static String toIp(long value) {
        return (value >> 24 & 255) + "." + (value >> 16 & 255) + "." + (value >> 8 & 255) + "." + (value & 255);
    }
}
