package dev.kubelab.sandbox.kubectl.mutate;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.JsonEmitter;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.codec.YamlEmitter;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An object as kubectl builds it on the client, before any server defaulting: what {@code --dry-run=client -o yaml}
 * prints. The codec adds fields the API server would set; those are taken out again here, and the zero-valued
 * structs Go serialises anyway ({@code creationTimestamp: null}, {@code status: {}}, {@code strategy: {}}) are put in.
 */
final class ClientObjectTree {
    private static final List<String> SERVER_POD_FIELDS = List.of("securityContext", "enableServiceLinks");
    private static final List<String> SERVER_CONTAINER_FIELDS = List.of("terminationMessagePath",
            "terminationMessagePolicy");

    private ClientObjectTree() {
    }

    static String yaml(KubeObject object) {
        return YamlEmitter.emit(tree(object));
    }

    static String json(KubeObject object) {
        return JsonEmitter.emit(tree(object));
    }

    static Map<String, Object> tree(KubeObject object) {
        Map<String, Object> tree = ObjectCodec.toTree(object);
        Map<String, Object> metadata = child(tree, "metadata");
        metadata.put("creationTimestamp", null);
        Kind kind = object.kind();
        if (kind == Kind.POD) {
            clientPodSpec(child(tree, "spec"));
            tree.put("status", new TreeMap<>());
        } else if (kind == Kind.DEPLOYMENT || kind == Kind.REPLICASET || kind == Kind.DAEMONSET
                || kind == Kind.REPLICATIONCONTROLLER || kind == Kind.STATEFULSET) {
            Map<String, Object> spec = child(tree, "spec");
            if (kind == Kind.DEPLOYMENT) {
                spec.putIfAbsent("strategy", new TreeMap<>());
            }
            Map<String, Object> template = child(spec, "template");
            child(template, "metadata").put("creationTimestamp", null);
            clientPodSpec(child(template, "spec"));
            tree.put("status", new TreeMap<>());
        } else if (kind == Kind.NAMESPACE) {
            tree.put("spec", new TreeMap<>());
            tree.put("status", new TreeMap<>());
        } else if (kind == Kind.SERVICE) {
            tree.put("status", Map.of("loadBalancer", new TreeMap<>()));
        }
        return tree;
    }

    @SuppressWarnings("unchecked")
    private static void clientPodSpec(Map<String, Object> spec) {
        SERVER_POD_FIELDS.forEach(spec::remove);
        Object containers = spec.get("containers");
        if (containers instanceof List) {
            for (Object c : (List<Object>) containers) {
                if (c instanceof Map) {
                    Map<String, Object> container = (Map<String, Object>) c;
                    SERVER_CONTAINER_FIELDS.forEach(container::remove);
                    container.putIfAbsent("resources", new TreeMap<>());
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        Map<String, Object> created = new TreeMap<>();
        parent.put(key, created);
        return created;
    }
}
