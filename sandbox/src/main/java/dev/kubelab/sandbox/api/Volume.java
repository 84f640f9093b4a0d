package dev.kubelab.sandbox.api;

/** spec.volumes[]: only the sources lessons use — emptyDir, configMap (by name) or hostPath. */
public record Volume(String name, boolean emptyDir, String configMapName, String hostPath) {
    public static Volume emptyDir(String name) {
        return new Volume(name, true, null, null);
    }
}
