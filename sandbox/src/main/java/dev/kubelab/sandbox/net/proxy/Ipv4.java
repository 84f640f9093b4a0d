package dev.kubelab.sandbox.net.proxy;

/** IPv4 helpers: parsing dotted quads, CIDR membership, numeric ordering (as ipvsadm sorts). */
public final class Ipv4 {
    private Ipv4() {
    }

    public static boolean isAddress(String s) {
        if (s == null || !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return false;
        }
        for (String part : s.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The address as an unsigned 32-bit number (in a long). */
    public static long toLong(String ip) {
        long value = 0;
        for (String part : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    public static boolean inCidr(String ip, String cidr) {
        if (!isAddress(ip)) {
            return false;
        }
        int slash = cidr.indexOf('/');
        String base = slash < 0 ? cidr : cidr.substring(0, slash);
        int bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (toLong(ip) & mask) == (toLong(base) & mask);
    }

    /** 10.96.0.1/32 → 10.96.0.1, as `iptables -L -n` prints hosts; networks keep their prefix. */
    public static String listed(String cidr) {
        return cidr.endsWith("/32") ? cidr.substring(0, cidr.length() - 3) : cidr;
    }
}
