package dev.kubelab.sandbox.kubectl.patch;

import dev.kubelab.sandbox.codec.JsonKind;
import dev.kubelab.sandbox.kubectl.mutate.Trees;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON patch (RFC 6902) as evanphx/json-patch applies it for the API server: add, remove, replace, move, copy
 * and test, each at a JSON pointer ({@code /spec/ports/0/nodePort}, {@code -} appends to a list). A document that
 * is not a list of operations is a BadRequest; any operation that does not apply fails the whole patch (422).
 */
final class JsonPatch {
    private JsonPatch() {
    }

    static Object apply(Object target, Object patch) {
        if (!(patch instanceof List)) {
            throw PatchRejected.badRequest("json: cannot unmarshal " + JsonKind.of(patch)
                    + " into Go value of type jsonpatch.Patch");
        }
        Object doc = Trees.copy(target);
        for (Object op : (List<?>) patch) {
            if (!(op instanceof Map)) {
                throw PatchRejected.badRequest("json: cannot unmarshal " + JsonKind.of(op)
                        + " into Go value of type map[string]*json.RawMessage");
            }
            doc = operation((Map<?, ?>) op, doc);
        }
        return doc;
    }

    private static Object operation(Map<?, ?> op, Object doc) {
        String path = text(op.get("path"));
        Object value = Trees.copy(op.get("value"));
        switch (String.valueOf(op.get("op"))) {
            case "add":
                return add(doc, path, value);
            case "remove":
                remove(doc, path);
                return doc;
            case "replace":
                if (path.isEmpty()) {
                    return value;
                }
                get(doc, path);
                remove(doc, path);
                return add(doc, path, value);
            case "move":
                Object moved = get(doc, text(op.get("from")));
                remove(doc, text(op.get("from")));
                return add(doc, path, moved);
            case "copy":
                return add(doc, path, Trees.copy(get(doc, text(op.get("from")))));
            case "test":
                if (!Objects.equals(path.isEmpty() ? doc : get(doc, path), value)) {
                    throw PatchRejected.unprocessable();
                }
                return doc;
            default:
                throw PatchRejected.unprocessable(); // "Unexpected kind: …"
        }
    }

    private static String text(Object o) {
        if (!(o instanceof String)) {
            throw PatchRejected.unprocessable();
        }
        return (String) o;
    }

    /** The tokens of a JSON pointer; "" is the whole document. */
    private static List<String> tokens(String pointer) {
        if (!pointer.startsWith("/")) {
            throw PatchRejected.unprocessable();
        }
        List<String> out = new ArrayList<>();
        for (String t : pointer.substring(1).split("/", -1)) {
            out.add(t.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static Object get(Object doc, String pointer) {
        Object at = doc;
        for (String t : tokens(pointer)) {
            at = child(at, t);
        }
        return at;
    }

    /** The container that holds the pointer's last token. */
    private static Object parent(Object doc, List<String> tokens) {
        Object at = doc;
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            at = child(at, t);
        }
        return at;
    }

    private static Object child(Object at, String token) {
        if (at instanceof Map && ((Map<?, ?>) at).containsKey(token)) {
            return ((Map<?, ?>) at).get(token);
        }
        if (at instanceof List) {
            int i = index(token, ((List<?>) at).size() - 1);
            return ((List<?>) at).get(i);
        }
        throw PatchRejected.unprocessable();
    }

    @SuppressWarnings("unchecked")
    private static Object add(Object doc, String pointer, Object value) {
        if (pointer.isEmpty()) {
            return value;
        }
        List<String> tokens = tokens(pointer);
        Object parent = parent(doc, tokens);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof Map) {
            ((Map<String, Object>) parent).put(last, value);
        } else if (parent instanceof List) {
            List<Object> list = (List<Object>) parent;
            list.add(last.equals("-") ? list.size() : index(last, list.size()), value);
        } else {
            throw PatchRejected.unprocessable();
        }
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static void remove(Object doc, String pointer) {
        List<String> tokens = tokens(pointer);
        Object parent = parent(doc, tokens);
        String last = tokens.get(tokens.size() - 1);
        if (parent instanceof Map && ((Map<?, ?>) parent).containsKey(last)) {
            ((Map<String, Object>) parent).remove(last);
        } else if (parent instanceof List) {
            List<Object> list = (List<Object>) parent;
            list.remove(index(last, list.size() - 1));
        } else {
            throw PatchRejected.unprocessable();
        }
    }

    /** A list index between 0 and max (inclusive), written in decimal without sign or leading zeros. */
    private static int index(String token, int max) {
        if (!token.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(token) > max) {
            throw PatchRejected.unprocessable();
        }
        return Integer.parseInt(token);
    }
}
