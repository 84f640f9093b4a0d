package dev.kubelab.sandbox.api;

import java.util.List;

/**
 * A `projected` volume: files from several sources in one directory. The one pods meet here is the service
 * account volume the API server adds to every pod (kube-api-access-…): a token, the cluster CA, the namespace.
 */
public record ProjectedVolume(int defaultMode, List<Source> sources) {
    public ProjectedVolume {
        sources = List.copyOf(sources);
    }

    /** One source; exactly one field is set. */
    public record Source(TokenProjection serviceAccountToken, ConfigMapProjection configMap,
                         DownwardApiProjection downwardAPI) {}

    public record TokenProjection(long expirationSeconds, String path) {}

    public record ConfigMapProjection(List<KeyToPath> items, String name) {
        public ConfigMapProjection {
            items = List.copyOf(items);
        }
    }

    public record KeyToPath(String key, String path) {}

    public record DownwardApiProjection(List<DownwardItem> items) {
        public DownwardApiProjection {
            items = List.copyOf(items);
        }
    }

    public record DownwardItem(FieldRef fieldRef, String path) {}

    public record FieldRef(String apiVersion, String fieldPath) {}

    /** What the ServiceAccount admission plugin mounts (token valid 3607 s, kube-root-ca.crt, the namespace). */
    public static final ProjectedVolume SERVICE_ACCOUNT = new ProjectedVolume(420, List.of(
            new Source(new TokenProjection(3607, "token"), null, null),
            new Source(null, new ConfigMapProjection(List.of(new KeyToPath("ca.crt", "ca.crt")), "kube-root-ca.crt"),
                    null),
            new Source(null, null, new DownwardApiProjection(List.of(
                    new DownwardItem(new FieldRef("v1", "metadata.namespace"), "namespace"))))));
}
