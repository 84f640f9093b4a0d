package dev.kubelab.sandbox.catalog;

import java.util.List;
import java.util.Map;

/**
 * What a server answers over HTTP: status, headers (with {version} already filled in) and body, for the
 * listed paths ("*" = every path); other paths get 404.
 */
public record HttpAnswer(int status, List<String> paths, Map<String, String> headers, String body) {
    public HttpAnswer {
        paths = List.copyOf(paths);
        headers = Map.copyOf(headers);
    }

    public boolean serves(String path) {
        return paths.contains("*") || paths.contains(path == null || path.isEmpty() ? "/" : path);
    }
}
