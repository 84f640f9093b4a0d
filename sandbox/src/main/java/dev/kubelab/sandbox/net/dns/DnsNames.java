package dev.kubelab.sandbox.net.dns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Name helpers: trailing dots, dot counts, IPv4 literals and the in-addr.arpa form. */
public final class DnsNames {
    public static final String ZONE = "cluster.local";
    private static final String ARPA = ".in-addr.arpa";

    private DnsNames() {
    }

    /** The name without its trailing dot ("." alone is the root, ""). */
    public static String absolute(String name) {
        if (name.equals(".")) {
            return "";
        }
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** The name as bind prints it: with a trailing dot ("." for the root). */
    public static String dotted(String name) {
        return name.isEmpty() ? "." : name + ".";
    }

    public static int dots(String name) {
        int n = 0;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.') {
                n++;
            }
        }
        return n;
    }

    /** A dotted-quad IPv4 address (each octet 0-255, no leading signs). */
    public static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }

    /** 10.96.0.10 → 10.0.96.10.in-addr.arpa */
    public static String reverse(String ip) {
        List<String> octets = new ArrayList<>(List.of(ip.split("\\.")));
        Collections.reverse(octets);
        return String.join(".", octets) + ARPA;
    }

    /** 10.0.96.10.in-addr.arpa → 10.96.0.10 (empty for anything else). */
    public static Optional<String> fromReverse(String name) {
        if (!name.endsWith(ARPA)) {
            return Optional.empty();
        }
        List<String> octets = new ArrayList<>(List.of(name.substring(0, name.length() - ARPA.length()).split("\\.")));
        Collections.reverse(octets);
        String ip = String.join(".", octets);
        return isIpv4(ip) ? Optional.of(ip) : Optional.empty();
    }

    /** 192.168.1.4 → 192-168-1-4, the name CoreDNS gives an endpoint without a hostname. */
    public static String dashed(String ip) {
        return ip.replace('.', '-');
    }

    /** Whether name is zone itself or inside it. */
    public static boolean within(String name, String zone) {
        return name.equals(zone) || name.endsWith("." + zone);
    }
}
