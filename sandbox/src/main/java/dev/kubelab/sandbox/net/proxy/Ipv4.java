package dev.kubelab.sandbox.net.proxy;

/** IPv4 helpers: parsing dotted quads, CIDR membership, numeric ordering (as ipvsadm sorts). */
public final class Ipv4 {
    private Ipv4() {
    }

    public static boolean isAddress(String s) {
        return parse(s) >= 0;
    }

    /**
     * The address as an unsigned 32-bit number, or -1 when {@code s} is not a dotted quad (four parts of 1–3
     * digits, each at most 255). Hand-rolled because it runs for every rule a connection walks.
     */
    public static long parse(String s) {
        if (s == null) {
            return -1;
        }
        long value = 0;
        int dots = 0;
        int digits = 0;
        int part = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return -1;
                }
                part = part * 10 + (c - '0');
            } else if (c == '.' && digits > 0 && part <= 255 && ++dots <= 3) {
                value = (value << 8) | part;
                part = 0;
                digits = 0;
            } else {
                return -1;
            }
        }
        return digits == 0 || part > 255 || dots != 3 ? -1 : (value << 8) | part;
    }

    /** The address as an unsigned 32-bit number (in a long); a malformed address is an error. */
    public static long toLong(String ip) {
        long value = parse(ip);
        if (value < 0) {
            throw new NumberFormatException("not an IPv4 address: " + ip);
        }
        return value;
    }

    public static boolean inCidr(String ip, String cidr) {
        long address = parse(ip);
        if (address < 0) {
            return false;
        }
        int slash = cidr.indexOf('/');
        long base = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        int bits = slash < 0 ? 32 : Integer.parseInt(cidr.substring(slash + 1));
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (address & mask) == (base & mask);
    }

    /** 10.96.0.1/32 → 10.96.0.1, as `iptables -L -n` prints hosts; networks keep their prefix. */
    public static String listed(String cidr) {
        return cidr.endsWith("/32") ? cidr.substring(0, cidr.length() - 3) : cidr;
    }
}
