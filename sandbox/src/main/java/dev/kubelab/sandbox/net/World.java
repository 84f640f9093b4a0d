package dev.kubelab.sandbox.net;

import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.catalog.Server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated outside world: the learner's laptop on the nodes' network, its home router's DNS, and a few
 * public hosts (an API and a database) that ExternalName Services can point at. Addresses come from the
 * documentation ranges (RFC 5737), so they never clash with a real network.
 */
public final class World {
    public static final String LAPTOP = "laptop";
    public static final String LAPTOP_IP = "172.30.1.50";
    public static final String LAPTOP_DNS = "172.30.1.1";

    /** One host on the internet: its name, address and what listens there. */
    public record ExternalHost(String name, String ip, List<Server> servers) {
        public ExternalHost {
            servers = List.copyOf(servers);
        }

        public Optional<Server> listening(int port) {
            return servers.stream().filter(s -> s.port() == port).findFirst();
        }
    }

    private static final List<ExternalHost> HOSTS = List.of(
            new ExternalHost("api.example.com", "203.0.113.10", List.of(
                    new Server(80, "TCP", new HttpAnswer(200, List.of("*"),
                            Map.of("Server", "nginx", "Content-Type", "application/json"),
                            "{\"service\":\"example-api\",\"status\":\"ok\"}\n"), null),
                    new Server(443, "TCP", null, null))),
            new ExternalHost("db.example.com", "203.0.113.20", List.of(new Server(5432, "TCP", null, null))),
            new ExternalHost("www.example.com", "203.0.113.30", List.of(
                    new Server(80, "TCP", new HttpAnswer(200, List.of("/", "/index.html"),
                            Map.of("Server", "ECS (nyd/D10E)", "Content-Type", "text/html; charset=UTF-8"),
                            "<!doctype html>\n<html>\n<head>\n    <title>Example Domain</title>\n</head>\n<body>\n"
                                    + "<h1>Example Domain</h1>\n<p>This domain is for use in illustrative examples"
                                    + " in documents.</p>\n</body>\n</html>\n"), null))));

    private World() {
    }

    public static List<ExternalHost> hosts() {
        return HOSTS;
    }

    /** The host with this name (case-insensitive, trailing dot ignored). */
    public static Optional<ExternalHost> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String bare = n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
        return HOSTS.stream().filter(h -> h.name().equals(bare)).findFirst();
    }

    public static Optional<ExternalHost> byIp(String ip) {
        return HOSTS.stream().filter(h -> h.ip().equals(ip)).findFirst();
    }
}
