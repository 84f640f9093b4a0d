package dev.kubelab.sandbox.api;

/**
 * spec.volumes[]: the sources lessons use, shaped as Kubernetes shapes them — `emptyDir: {}`,
 * `configMap: {name: …}`, `hostPath: {path: …}`, and the `projected` service account volume every pod gets;
 * exactly one is set.
 */
public record Volume(String name, EmptyDir emptyDir, ConfigMapSource configMap, HostPath hostPath,
                     ProjectedVolume projected) {
    /** emptyDir: medium "" (node disk) or Memory, optional sizeLimit such as 1Gi. */
    public record EmptyDir(String medium, String sizeLimit) {}

    /** configMap: the ConfigMap whose keys become files. */
    public record ConfigMapSource(String name) {}

    /** hostPath: a directory of the node. */
    public record HostPath(String path, String type) {}

    public Volume(String name, EmptyDir emptyDir, ConfigMapSource configMap, HostPath hostPath) {
        this(name, emptyDir, configMap, hostPath, null);
    }

    public static Volume emptyDir(String name) {
        return new Volume(name, new EmptyDir(null, null), null, null);
    }
}
