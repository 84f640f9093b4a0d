package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;

/**
 * The browser tab beside the terminal: opens a URL from the learner's laptop (outside the cluster, no cluster
 * DNS) and returns what a browser would show — the page, or Chrome's error code for a failed request.
 */
public final class Browser {
    /** What the tab shows: the final URL, the HTTP status and body, or a net::ERR_… code when nothing came back. */
    public record Page(String url, int status, String contentType, String body, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final HttpClient client;

    public Browser(Network network, ChangedFiles changed) {
        this.client = new HttpClient(Viewpoint.laptop(), network, changed);
    }

    public Page open(String address) {
        String text = address == null ? "" : address.strip();
        Url.Parse parsed = Url.parse(text);
        if (parsed.url().isEmpty()) {
            return new Page(text, 0, "", "", "ERR_INVALID_URL");
        }
        Url url = parsed.url().get();
        // A browser shows a self-signed certificate's warning; the lab has no "proceed anyway" button.
        Fetch fetch = client.fetch(url, "GET", false);
        if (!fetch.ok()) {
            return new Page(url.text(), 0, "", "", error(fetch.failure()));
        }
        HttpResponse r = fetch.response();
        return new Page(url.text(), r.status(), r.header("Content-Type"), r.body(), null);
    }

    private static String error(Fetch.Failure failure) {
        switch (failure) {
            case RESOLVE: case RESOLVE_TIMEOUT: return "ERR_NAME_NOT_RESOLVED";
            case REFUSED: return "ERR_CONNECTION_REFUSED";
            case UNREACHABLE: return "ERR_ADDRESS_UNREACHABLE";
            case EMPTY_REPLY: return "ERR_EMPTY_RESPONSE";
            case TLS_PLAIN: return "ERR_SSL_PROTOCOL_ERROR";
            case TLS_UNTRUSTED: return "ERR_CERT_AUTHORITY_INVALID";
            default: return "ERR_CONNECTION_TIMED_OUT";
        }
    }
}
