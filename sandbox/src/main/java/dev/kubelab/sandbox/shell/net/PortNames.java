package dev.kubelab.sandbox.shell.net;

import java.util.Map;

/**
 * getservbyport: the names Ubuntu 22.04's /etc/services (netbase) gives the ports a Services lab meets; a port
 * it does not list shows as "*". Only well-known entries are listed; others may exist in the real file.
 */
public final class PortNames {
    private static final Map<String, String> TCP = Map.ofEntries(Map.entry("21", "ftp"), Map.entry("22", "ssh"),
            Map.entry("25", "smtp"), Map.entry("53", "domain"), Map.entry("80", "http"), Map.entry("179", "bgp"),
            Map.entry("443", "https"), Map.entry("3306", "mysql"), Map.entry("5432", "postgresql"),
            Map.entry("8080", "http-alt"));
    private static final Map<String, String> UDP = Map.of("53", "domain", "123", "ntp");

    private PortNames() {
    }

    /** The port of a service name ("http"), as getservbyname finds it, if /etc/services lists it. */
    public static java.util.Optional<Integer> number(String name, boolean udp) {
        return (udp ? UDP : TCP).entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(e -> Integer.parseInt(e.getKey())).findFirst();
    }

    /** The service name of a port ("22"), or "*" when /etc/services has none. */
    public static String of(String port, boolean udp) {
        return (udp ? UDP : TCP).getOrDefault(port, "*");
    }
}
