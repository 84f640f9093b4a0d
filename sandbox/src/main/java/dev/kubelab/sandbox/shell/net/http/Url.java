package dev.kubelab.sandbox.shell.net.http;

import java.util.Locale;
import java.util.Optional;

/**
 * A URL as curl and wget take it: the scheme defaults to http, the port to the scheme's, the path to "/".
 * host is what the user typed (curl's messages repeat it); query strings stay in the path.
 */
public record Url(String scheme, String host, int port, String path) {
    /** Parses text, or empty with the reason curl gives (code 1 unsupported scheme, 3 malformed). */
    public static Parse parse(String text) {
        String rest = text;
        String scheme = "http";
        int sep = rest.indexOf("://");
        if (sep >= 0) {
            scheme = rest.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = rest.substring(sep + 3);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Parse.error(1, "Protocol \"" + text.substring(0, sep) + "\" not supported");
            }
        }
        int slash = firstOf(rest, '/', '?', '#');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        if (path.startsWith("?")) {
            path = "/" + path;
        }
        int hash = path.indexOf('#');
        path = hash >= 0 ? path.substring(0, hash) : path;
        authority = authority.substring(authority.indexOf('@') + 1);
        int port = scheme.equals("https") ? 443 : 80;
        int colon = authority.lastIndexOf(':');
        String host = authority;
        if (colon >= 0) {
            host = authority.substring(0, colon);
            String digits = authority.substring(colon + 1);
            if (!digits.isEmpty()) {
                if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) > 65535) {
                    return Parse.error(3, "URL rejected: Port number was not a decimal number between 0 and 65535");
                }
                port = Integer.parseInt(digits);
            }
        }
        if (host.isEmpty() || !host.matches("[A-Za-z0-9._-]+")) {
            return Parse.error(3, host.isEmpty() ? "URL rejected: No host part in the URL" : "URL rejected: Bad hostname");
        }
        return new Parse(Optional.of(new Url(scheme, host, port, path)), 0, null);
    }

    /** The outcome of parsing: a URL, or curl's exit code and message. */
    public record Parse(Optional<Url> url, int code, String error) {
        static Parse error(int code, String message) {
            return new Parse(Optional.empty(), code, message);
        }
    }

    public boolean tls() {
        return scheme.equals("https");
    }

    /** The Host header: the name, plus the port when it is not the scheme's default. */
    public String hostHeader() {
        boolean standard = port == (tls() ? 443 : 80);
        return standard ? host : host + ":" + port;
    }

    /** scheme://host[:port]/path, as curl's %{url_effective} and wget's messages show it. */
    public String text() {
        return scheme + "://" + hostHeader() + path;
    }

    private static int firstOf(String s, char... chars) {
        int best = -1;
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
