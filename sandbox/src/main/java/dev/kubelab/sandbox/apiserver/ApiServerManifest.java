package dev.kubelab.sandbox.apiserver;

import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.codec.ManifestParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * /etc/kubernetes/manifests/kube-apiserver.yaml as the kubelet and then kube-apiserver read it: the container's
 * argv, the Service ranges it sets, or why no API server can come up from it (bad YAML, an unknown flag, a range
 * kube-apiserver refuses). Two manifests that parse to the same pod are the same to the kubelet: no restart.
 */
public final class ApiServerManifest {
    private final Object identity;
    private final List<String> command;
    private final ApiServerConfig config;
    private final String problem;

    private ApiServerManifest(Object identity, List<String> command, ApiServerConfig config, String problem) {
        this.identity = identity;
        this.command = command;
        this.config = config;
        this.problem = problem;
    }

    public static ApiServerManifest parse(String text) {
        List<Object> docs;
        try {
            docs = ManifestParser.documents(text, "kube-apiserver.yaml");
        } catch (CodecException e) {
            return failed(text, e.getMessage());
        }
        if (docs.size() != 1 || !(docs.get(0) instanceof Map<?, ?> pod) || !"Pod".equals(pod.get("kind"))) {
            return failed(text, "kube-apiserver.yaml: not a single Pod");
        }
        List<String> argv = containerArgv(pod);
        if (argv.isEmpty() || !argv.get(0).equals("kube-apiserver")) {
            return failed(pod, "exec: \"" + (argv.isEmpty() ? "" : argv.get(0))
                    + "\": executable file not found in $PATH");
        }
        try {
            return new ApiServerManifest(pod, List.copyOf(argv), FlagReader.config(argv.subList(1, argv.size())), null);
        } catch (IllegalArgumentException e) {
            return failed(pod, e.getMessage());
        }
    }

    /** True when a kube-apiserver started from this manifest serves (sooner or later). */
    public boolean startable() {
        return problem == null;
    }

    /** The process's argv (command then args), as ps shows it; empty when the pod has none. */
    public List<String> command() {
        return command;
    }

    /** The ranges the API server runs with; null when it cannot start. */
    public ApiServerConfig config() {
        return config;
    }

    /** What kube-apiserver (or the kubelet) says about it; null when it starts. */
    public String problem() {
        return problem;
    }

    /** Same pod for the kubelet (comments and layout do not count). */
    public boolean samePodAs(ApiServerManifest other) {
        return other != null && Objects.equals(identity, other.identity);
    }

    private static ApiServerManifest failed(Object identity, String problem) {
        return new ApiServerManifest(identity, List.of(), null, problem);
    }

    /** The first container's command + args of a parsed Pod, each item as text. */
    public static List<String> containerArgv(Map<?, ?> pod) {
        List<String> argv = new ArrayList<>();
        if (pod.get("spec") instanceof Map<?, ?> spec && spec.get("containers") instanceof List<?> containers
                && !containers.isEmpty() && containers.get(0) instanceof Map<?, ?> container) {
            for (String key : List.of("command", "args")) {
                if (container.get(key) instanceof List<?> items) {
                    items.forEach(item -> argv.add(String.valueOf(item)));
                }
            }
        }
        return argv;
    }
}
