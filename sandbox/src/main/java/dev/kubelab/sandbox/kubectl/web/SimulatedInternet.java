package dev.kubelab.sandbox.kubectl.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * The few files `kubectl apply -f https://…` can download in the lab, as engine resources. A known host answers
 * 404 for any other path; any other host does not resolve (the lab nodes' resolver is systemd-resolved).
 */
public final class SimulatedInternet {
    private static final Map<String, String> FILES = Map.of(
            "https://raw.githubusercontent.com/metallb/metallb/v0.14.9/config/manifests/metallb-native.yaml",
            "metallb-native.yaml");
    private static final Set<String> HOSTS = Set.of("raw.githubusercontent.com", "github.com", "k8s.io",
            "kubernetes.io", "dl.k8s.io");

    /** A download failure in kubectl's words (the text after "error: "). */
    public static final class FetchFailure extends RuntimeException {
        FetchFailure(String message) {
            super(message, null, false, false);
        }
    }

    private SimulatedInternet() {
    }

    public static boolean isUrl(String name) {
        return name.startsWith("http://") || name.startsWith("https://");
    }

    /** The body of the URL, or a FetchFailure. */
    public static String get(String url) {
        String resource = FILES.get(url);
        if (resource != null) {
            return read(resource);
        }
        String host = host(url);
        if (!HOSTS.contains(host)) {
            throw new FetchFailure("Get \"" + url + "\": dial tcp: lookup " + host
                    + " on 127.0.0.53:53: no such host");
        }
        throw new FetchFailure("unable to read URL \"" + url + "\", server reported 404 Not Found, status code=404");
    }

    private static String host(String url) {
        String rest = url.substring(url.indexOf("://") + 3);
        int end = rest.length();
        for (char c : new char[] {'/', ':', '?', '#'}) {
            int at = rest.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return rest.substring(0, end);
    }

    private static String read(String resource) {
        try (InputStream in = SimulatedInternet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
