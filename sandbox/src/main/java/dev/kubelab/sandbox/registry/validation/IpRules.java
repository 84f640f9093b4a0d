package dev.kubelab.sandbox.registry.validation;

import dev.kubelab.sandbox.registry.field.FieldError;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/** IP checks as k8s.io/utils/net (ParseIPSloppy) and the API validation use them; never touches DNS. */
public final class IpRules {
    public static final String INVALID_IP = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
    public static final String INVALID_CIDR = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";

    private IpRules() {
    }

    /** The 32-bit value of a dotted IPv4 address (leading zeros allowed, as ParseIPSloppy does), or -1. */
    public static long parseIPv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            v = (v << 8) | octet;
        }
        return v;
    }

    public static boolean isIPv6(String s) {
        if (s.indexOf(':') < 0 || s.indexOf('%') >= 0 || s.indexOf('[') >= 0 || s.indexOf(']') >= 0) {
            return false;
        }
        try {
            // A literal with ':' is parsed, never resolved.
            return InetAddress.getByName(s) instanceof Inet6Address || s.contains(":");
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public static boolean isIP(String s) {
        return parseIPv4(s) >= 0 || isIPv6(s);
    }

    public static String format(long ipv4) {
        return ((ipv4 >> 24) & 255) + "." + ((ipv4 >> 16) & 255) + "." + ((ipv4 >> 8) & 255) + "." + (ipv4 & 255);
    }

    /** validation.IsValidIP. */
    public static List<FieldError> validIP(String field, String value) {
        return isIP(value) ? List.of() : List.of(FieldError.invalidString(field, value, INVALID_IP));
    }

    /** validation.IsValidCIDR. */
    public static List<FieldError> validCIDR(String field, String value) {
        int slash = value.indexOf('/');
        boolean ok = false;
        if (slash > 0 && value.indexOf('/', slash + 1) < 0) {
            String addr = value.substring(0, slash);
            String bits = value.substring(slash + 1);
            if (!bits.isEmpty() && bits.length() <= 3 && bits.chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(bits);
                ok = parseIPv4(addr) >= 0 ? n <= 32 : isIPv6(addr) && n <= 128;
            }
        }
        return ok ? List.of() : List.of(FieldError.invalidString(field, value, INVALID_CIDR));
    }

    /** ValidateNonSpecialIP (IPv4 cases): unspecified, loopback, link-local, link-local multicast. */
    public static List<FieldError> nonSpecialIP(String field, String value) {
        List<FieldError> errs = new ArrayList<>();
        long ip = parseIPv4(value);
        if (ip < 0) {
            if (value.equals("::")) {
                errs.add(FieldError.invalidString(field, value, "may not be unspecified (" + value + ")"));
            } else if (value.equals("::1")) {
                errs.add(FieldError.invalidString(field, value, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
            }
            return errs;
        }
        if (ip == 0) {
            errs.add(FieldError.invalidString(field, value, "may not be unspecified (" + value + ")"));
        }
        if ((ip >> 24) == 127) {
            errs.add(FieldError.invalidString(field, value, "may not be in the loopback range (127.0.0.0/8, ::1/128)"));
        }
        if ((ip >> 16) == ((169L << 8) | 254)) {
            errs.add(FieldError.invalidString(field, value,
                    "may not be in the link-local range (169.254.0.0/16, fe80::/10)"));
        }
        if ((ip >> 8) == (224L << 16)) {
            errs.add(FieldError.invalidString(field, value,
                    "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"));
        }
        return errs;
    }
}
