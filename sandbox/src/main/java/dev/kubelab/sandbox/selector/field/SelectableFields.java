package dev.kubelab.sandbox.selector.field;

import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.codec.ObjectCodec;

import java.util.HashMap;
import java.util.Map;

/**
 * What a field selector is matched against: each kind's registry ToSelectableFields / GetAttrs
 * (pkg/registry/core/&lt;kind&gt;/strategy.go) plus metadata.name and, for namespaced kinds, metadata.namespace.
 */
public final class SelectableFields {
    private SelectableFields() {
    }

    public static Map<String, String> of(KubeObject object) {
        Map<String, Object> tree = ObjectCodec.toTree(object);
        Map<String, String> fields = new HashMap<>();
        fields.put("metadata.name", object.metadata().name());
        Kind kind = object.kind();
        if (kind.namespaced()) {
            fields.put("metadata.namespace", object.metadata().namespace());
        }
        switch (kind) {
            case POD:
                copy(tree, fields, "spec.nodeName", "spec.restartPolicy", "spec.schedulerName",
                        "spec.serviceAccountName", "status.phase", "status.podIP", "status.nominatedNodeName");
                fields.put("spec.hostNetwork", String.valueOf(Boolean.TRUE.equals(at(tree, "spec.hostNetwork"))));
                break;
            case NODE:
                fields.put("spec.unschedulable", String.valueOf(Boolean.TRUE.equals(at(tree, "spec.unschedulable"))));
                break;
            case NAMESPACE:
                copy(tree, fields, "status.phase");
                break;
            case SERVICE:
                copy(tree, fields, "spec.clusterIP", "spec.type");
                break;
            case EVENT:
                copy(tree, fields, "involvedObject.kind", "involvedObject.namespace", "involvedObject.name",
                        "involvedObject.uid", "involvedObject.apiVersion", "involvedObject.resourceVersion",
                        "involvedObject.fieldPath", "reason", "reportingComponent", "type");
                String source = text(at(tree, "source.component"));
                fields.put("source", source.isEmpty() ? fields.get("reportingComponent") : source);
                break;
            default:
                break;
        }
        return fields;
    }

    private static void copy(Map<String, Object> tree, Map<String, String> fields, String... paths) {
        for (String path : paths) {
            fields.put(path, text(at(tree, path)));
        }
    }

    private static Object at(Map<String, Object> tree, String path) {
        Object node = tree;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map)) {
                return null;
            }
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
