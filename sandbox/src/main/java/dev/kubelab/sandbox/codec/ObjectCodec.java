package dev.kubelab.sandbox.codec;

import dev.kubelab.sandbox.api.GenericObject;
import dev.kubelab.sandbox.api.Kind;
import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.api.generic.GenericType;
import dev.kubelab.sandbox.api.generic.GenericTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** API objects to and from what `kubectl get -o yaml|json` prints and `kubectl apply -f` reads. */
public final class ObjectCodec {
    private ObjectCodec() {
    }

    /** "v1", "apps/v1". */
    public static String apiVersion(Kind kind) {
        String lower = kind.qualifiedLowerKind();
        int dot = lower.indexOf('.');
        return dot < 0 ? "v1" : lower.substring(dot + 1) + "/v1";
    }

    /** The object as Kubernetes serialises it (keys sorted, omitempty applied). */
    public static Map<String, Object> toTree(KubeObject object) {
        if (object instanceof GenericObject) {
            return GenericCodec.toTree((GenericObject) object);
        }
        String root = object.kind().kindName();
        Map<String, Object> tree = new TreeMap<>(RecordEncoder.encode((Record) object, root));
        tree.put("apiVersion", apiVersion(object.kind()));
        tree.put("kind", root);
        return tree;
    }

    public static String toYaml(KubeObject object) {
        return YamlEmitter.emit(toTree(object));
    }

    public static String toJson(KubeObject object) {
        return JsonEmitter.emit(toTree(object));
    }

    /** Several objects, as kubectl prints them: a v1 List with an empty resourceVersion. */
    public static Map<String, Object> listTree(List<? extends KubeObject> objects) {
        List<Object> items = new ArrayList<>();
        for (KubeObject o : objects) {
            items.add(toTree(o));
        }
        Map<String, Object> list = new TreeMap<>();
        list.put("apiVersion", "v1");
        list.put("items", items);
        list.put("kind", "List");
        list.put("metadata", Map.of("resourceVersion", ""));
        return list;
    }

    public static String listToYaml(List<? extends KubeObject> objects) {
        return YamlEmitter.emit(listTree(objects));
    }

    public static String listToJson(List<? extends KubeObject> objects) {
        return JsonEmitter.emit(listTree(objects));
    }

    /** Every object of a -f file, in order; a {@code kind: List} contributes its items. */
    public static List<KubeObject> decodeFile(String content, String source) {
        List<KubeObject> objects = new ArrayList<>();
        forEachObjectTree(content, source, tree -> objects.add(fromTree(tree, source)));
        return objects;
    }

    /**
     * Hands each object's tree of a -f file to {@code action}, in order: every document, a {@code kind: List}
     * by its items. A document that is not a mapping fails as kubectl's decoding does.
     */
    public static void forEachObjectTree(String content, String source, Consumer<Map<?, ?>> action) {
        for (Object doc : ManifestParser.documents(content, source)) {
            if (!(doc instanceof Map)) {
                throw new CodecException("error parsing " + source + ": json: cannot unmarshal "
                        + (doc instanceof List ? "array" : "string") + " into Go value of type map[string]interface {}");
            }
            Map<?, ?> map = (Map<?, ?>) doc;
            if ("List".equals(map.get("kind")) && map.get("items") instanceof List) {
                for (Object item : (List<?>) map.get("items")) {
                    action.accept((Map<?, ?>) item);
                }
            } else {
                action.accept(map);
            }
        }
    }

    /**
     * What the API server's strict decoding says about the tree (as {@code Service in version "v1" cannot be
     * handled as a Service: strict decoding error: unknown field "spec.ports[0].targetport"}), or null when it
     * knows every field or the kind is not one {@link FieldSchema} covers.
     */
    public static String strictDecodingError(Map<?, ?> tree) {
        List<String> unknown = unknownFields(tree);
        if (unknown.isEmpty()) {
            return null;
        }
        String kind = String.valueOf(tree.get("kind"));
        String apiVersion = String.valueOf(tree.get("apiVersion"));
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        return kind + " in version \"" + version + "\" cannot be handled as a " + kind + ": strict decoding error: "
                + String.join(", ", unknown);
    }

    /** Each field strict decoding does not know, as the server words it: {@code unknown field "spec.selecter"}. */
    public static List<String> unknownFields(Map<?, ?> tree) {
        List<String> out = new ArrayList<>();
        UnknownFields.of(tree).forEach(path -> out.add("unknown field \"" + path + "\""));
        return out;
    }

    /** The modelled kind of this kind name and apiVersion; null for generic and unknown kinds. */
    private static Kind modelledKind(Object kindName, Object version) {
        for (Kind kind : Kind.values()) {
            if (kind.kindName().equals(kindName) && apiVersion(kind).equals(version)) {
                return kind;
            }
        }
        return null;
    }

    /** One object from its tree; unknown apiVersion/kind fails as kubectl's REST mapping does. */
    public static KubeObject fromTree(Map<?, ?> tree, String source) {
        Object kindName = tree.get("kind");
        Object version = tree.get("apiVersion");
        if (!(kindName instanceof String) || ((String) kindName).isEmpty()) {
            throw new CodecException("unable to decode \"" + source + "\": Object 'Kind' is missing in '"
                    + JsonEmitter.compact(tree) + "'");
        }
        if (!(version instanceof String) || ((String) version).isEmpty()) {
            throw new CodecException("unable to decode \"" + source + "\": Object 'apiVersion' is missing in '"
                    + JsonEmitter.compact(tree) + "'");
        }
        Kind kind = modelledKind(kindName, version);
        if (kind != null) {
            return RecordDecoder.decode(tree, kind.type(), kind.kindName(), "");
        }
        Optional<GenericType> generic = GenericTypes.find((String) version, (String) kindName);
        if (generic.isPresent()) {
            return GenericCodec.fromTree(generic.get(), tree);
        }
        Object metadata = tree.get("metadata");
        Map<?, ?> meta = metadata instanceof Map ? (Map<?, ?>) metadata : Map.of();
        throw new CodecException("resource mapping not found for name: " + goQuote(meta.get("name"))
                + " namespace: " + goQuote(meta.get("namespace")) + " from \"" + source + "\": no matches for kind "
                + goQuote(kindName) + " in version " + goQuote(version) + "\nensure CRDs are installed first");
    }

    private static String goQuote(Object o) {
        String s = o == null ? "" : String.valueOf(o);
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
