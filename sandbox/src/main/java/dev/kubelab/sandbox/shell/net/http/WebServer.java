package dev.kubelab.sandbox.shell.net.http;

import dev.kubelab.sandbox.catalog.HttpAnswer;
import dev.kubelab.sandbox.catalog.Server;
import dev.kubelab.sandbox.net.dataplane.Listener;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the process behind a connection answers to one HTTP request: static servers (nginx, httpd, busybox
 * httpd) read their docroot — a file a learner changed with `kubectl exec`, lines a sibling container
 * appends, or the image's page — and send the headers their software sends; other servers send the catalog's
 * answer. Empty when the listener does not speak HTTP (a database, `nc -l`): the client sees an empty reply.
 */
final class WebServer {
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** When the images' default pages were built (their files' mtime): nginx 1.27.5's and httpd's famous 2007. */
    private static final Instant NGINX_PAGE_TIME = Instant.parse("2025-04-16T12:01:11Z");
    private static final Instant HTTPD_PAGE_TIME = Instant.parse("2007-06-11T18:53:14Z");

    private final ChangedFiles changed;

    WebServer(ChangedFiles changed) {
        this.changed = changed;
    }

    Optional<HttpResponse> answer(Listener listener, String method, String path, Instant now) {
        Server server = listener.server();
        if (server == null || (server.http() == null && listener.pages().isEmpty())) {
            return Optional.empty();
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<HttpAnswer> served = listener.http(bare);
        HttpAnswer http = served.orElse(server.http() != null ? server.http()
                : listener.pages().values().iterator().next());
        String software = http.headers().getOrDefault("Server", "");
        Optional<String> file = server.docroot() == null || listener.pod() == null ? Optional.empty()
                : fromDocroot(listener, server.docroot(), bare, now);
        if (file.isPresent()) {
            return Optional.of(page(software, http, 200, file.get(), now, now));
        }
        if (server.pages().containsKey(bare) && listener.pod() != null) {
            return Optional.of(page(software, http, 200, server.pages().get(bare), now, NGINX_PAGE_TIME));
        }
        if (served.isPresent()) {
            Instant built = software.startsWith("Apache") ? HTTPD_PAGE_TIME : NGINX_PAGE_TIME;
            return Optional.of(page(software, http, http.status(), http.body(), now, server.docroot() == null ? null : built));
        }
        return Optional.of(notFound(software, http, now));
    }

    private Optional<String> fromDocroot(Listener l, String docroot, String path, Instant now) {
        String file = docroot.replaceAll("/+$", "") + (path.endsWith("/") ? path + "index.html" : path);
        Optional<String> edited = changed.read(l.pod(), l.container(), file);
        return edited.isPresent() ? edited : SharedVolumes.written(l.pod(), l.container(), file, now);
    }

    /** A 200 (or the catalog's status) with the header order of the server software. */
    private static HttpResponse page(String software, HttpAnswer http, int status, String body, Instant now,
                                     Instant modified) {
        List<Map.Entry<String, String>> h = new ArrayList<>();
        String length = String.valueOf(body.getBytes(StandardCharsets.UTF_8).length);
        String type = http.headers().getOrDefault("Content-Type", "text/plain");
        if (software.startsWith("nginx")) {
            h.add(Map.entry("Server", software));
            h.add(Map.entry("Date", HTTP_DATE.format(now)));
            h.add(Map.entry("Content-Type", type));
            h.add(Map.entry("Content-Length", length));
            if (modified != null) {
                h.add(Map.entry("Last-Modified", HTTP_DATE.format(modified)));
            }
            h.add(Map.entry("Connection", "keep-alive"));
            if (modified != null) {
                h.add(Map.entry("ETag", "\"" + Long.toHexString(modified.getEpochSecond()) + "-"
                        + Long.toHexString(Long.parseLong(length)) + "\""));
                h.add(Map.entry("Accept-Ranges", "bytes"));
            }
        } else if (software.startsWith("Apache")) {
            h.add(Map.entry("Date", HTTP_DATE.format(now)));
            h.add(Map.entry("Server", software));
            if (modified != null) {
                h.add(Map.entry("Last-Modified", HTTP_DATE.format(modified)));
                h.add(Map.entry("ETag", "\"" + Long.toHexString(Long.parseLong(length)) + "-"
                        + Long.toHexString(modified.toEpochMilli() * 1000) + "\""));
                h.add(Map.entry("Accept-Ranges", "bytes"));
            }
            h.add(Map.entry("Content-Length", length));
            h.add(Map.entry("Content-Type", type));
        } else {
            http.headers().entrySet().stream().filter(e -> !e.getKey().equals("Content-Type"))
                    .sorted(Map.Entry.comparingByKey()).forEach(h::add);
            h.add(Map.entry("Date", HTTP_DATE.format(now)));
            h.add(Map.entry("Content-Length", length));
            h.add(Map.entry("Content-Type", type));
        }
        return new HttpResponse(status, h, body);
    }

    private static HttpResponse notFound(String software, HttpAnswer http, Instant now) {
        String body;
        String type = "text/html";
        if (software.startsWith("nginx")) {
            body = "<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n"
                    + "<hr><center>" + software + "</center>\n</body>\n</html>\n";
        } else if (software.startsWith("Apache")) {
            body = "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                    + "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n"
                    + "</body></html>\n";
            type = "text/html; charset=iso-8859-1";
        } else {
            body = "404 page not found\n";
            type = "text/plain; charset=utf-8";
        }
        HttpAnswer shape = new HttpAnswer(404, List.of(), Map.of("Server", software, "Content-Type", type), body);
        return page(software.isEmpty() ? "" : software, software.isEmpty()
                ? new HttpAnswer(404, List.of(), Map.of("Content-Type", type), body) : shape, 404, body, now, null);
    }
}
