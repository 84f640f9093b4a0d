package dev.kubelab.sandbox.catalog;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads images.yaml (safe constructor, tiny alias budget: it is our own data, but parse it defensively). */
final class CatalogLoader {
    private CatalogLoader() {
    }

    static List<ImageInfo> load(InputStream in) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        Object root;
        try (in) {
            root = new Yaml(new SafeConstructor(options)).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ImageInfo> out = new ArrayList<>();
        for (Object o : list(map(root).get("images"))) {
            out.add(image(map(o)));
        }
        return out;
    }

    private static ImageInfo image(Map<String, Object> m) {
        Map<String, String> tags = new LinkedHashMap<>();
        map(m.get("tags")).forEach((k, v) -> tags.put(k, String.valueOf(v)));
        List<Server> servers = new ArrayList<>();
        for (Object s : list(m.get("servers"))) {
            Map<String, Object> sm = map(s);
            Map<String, String> pages = new LinkedHashMap<>();
            map(sm.get("pages")).forEach((path, body) -> pages.put(path, String.valueOf(body)));
            servers.add(new Server(num(sm.get("port")), str(sm.getOrDefault("protocol", "TCP")),
                    sm.containsKey("http") ? http(map(sm.get("http"))) : null, (String) sm.get("docroot"), pages));
        }
        return new ImageInfo(str(m.get("repository")), strings(m.get("aliases")), tags, str(m.get("digest")),
                ((Number) m.getOrDefault("size", 0)).longValue(), num(m.getOrDefault("pullMillis", 1000)),
                strings(m.get("entrypoint")), strings(m.get("cmd")), "forever".equals(m.get("runs")),
                num(m.getOrDefault("exitCode", 0)), num(m.getOrDefault("stopSeconds", 0)),
                str(m.getOrDefault("shell", "none")), strings(m.get("tools")), (String) m.get("nslookup"), servers);
    }

    private static HttpAnswer http(Map<String, Object> m) {
        Map<String, String> headers = new LinkedHashMap<>();
        map(m.get("headers")).forEach((k, v) -> headers.put(k, String.valueOf(v)));
        List<String> paths = m.containsKey("paths") ? strings(m.get("paths")) : List.of("/");
        return new HttpAnswer(num(m.getOrDefault("status", 200)), paths, headers, str(m.getOrDefault("body", "")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(String.valueOf(x));
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }
}
