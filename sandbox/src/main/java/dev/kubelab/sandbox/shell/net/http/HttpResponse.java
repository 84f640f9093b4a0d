package dev.kubelab.sandbox.shell.net.http;

import java.util.List;
import java.util.Map;

/** One HTTP/1.1 response: status, headers in the order the server sends them, body. */
public record HttpResponse(int status, List<Map.Entry<String, String>> headers, String body) {
    public HttpResponse {
        headers = List.copyOf(headers);
    }

    public String statusLine() {
        return "HTTP/1.1 " + status + " " + reason(status);
    }

    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }

    static String reason(int status) {
        switch (status) {
            case 200: return "OK";
            case 301: return "Moved Permanently";
            case 400: return "Bad Request";
            case 403: return "Forbidden";
            case 404: return "Not Found";
            case 405: return "Not Allowed";
            default: return "";
        }
    }
}
