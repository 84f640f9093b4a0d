package dev.kubelab.sandbox.kubectl.edit;

import dev.kubelab.sandbox.api.KubeObject;
import dev.kubelab.sandbox.apiserver.KubectlErrorText;
import dev.kubelab.sandbox.apiserver.StatusCause;
import dev.kubelab.sandbox.apiserver.StatusError;
import dev.kubelab.sandbox.codec.CodecException;
import dev.kubelab.sandbox.codec.ManifestParser;
import dev.kubelab.sandbox.codec.ObjectCodec;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.kubectl.mutate.ResultPrinter;
import dev.kubelab.sandbox.kubectl.mutate.ServerOwnedFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object in kubectl edit's editor: the text it opened with, and what saving the learner's text does —
 * nothing (no change), an update through the API server, or the reasons to reopen the editor, worded as
 * kubectl's edit header words them (editoptions.go).
 */
final class EditedObject {
    static final String HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
            + "# and an empty file will abort the edit. If an error occurs while saving this file will be\n"
            + "# reopened with the relevant failures.\n"
            + "#\n";

    /** What a save came to: stored (the object as the server keeps it), unchanged, empty, or errors. */
    record Outcome(KubeObject stored, boolean unchanged, boolean empty, List<String> errors) {}

    private final KubeObject live;

    EditedObject(KubeObject live) {
        this.live = live;
    }

    String initialText() {
        return HEADER + ObjectCodec.toYaml(live);
    }

    /** The text to reopen the editor with: the header, the failures as comments, the learner's text. */
    static String reopened(String text, List<String> errors) {
        StringBuilder out = new StringBuilder(HEADER);
        errors.forEach(e -> out.append("# ").append(e.replace("\n", "\n# ")).append('\n'));
        out.append("#\n");
        out.append(withoutComments(text));
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    Outcome save(String text, KubectlContext ctx) {
        String body = withoutComments(text);
        if (body.isBlank()) {
            return new Outcome(null, false, true, List.of());
        }
        Object doc;
        try {
            doc = ManifestParser.firstDocument(body);
        } catch (CodecException e) {
            return errors("The edited file had a syntax error: error converting YAML to JSON: " + e.getMessage());
        }
        if (!(doc instanceof Map)) {
            return errors("The edited file had a syntax error: error unmarshaling JSON: json: cannot unmarshal "
                    + "string into Go value of type map[string]interface {}");
        }
        Map<String, Object> edited = (Map<String, Object>) doc;
        Map<String, Object> liveTree = ObjectCodec.toTree(live);
        Map<String, Object> meta = edited.get("metadata") instanceof Map ? (Map<String, Object>) edited.get("metadata")
                : Map.of();
        if (!Objects.equals(edited.get("apiVersion"), liveTree.get("apiVersion"))
                || !Objects.equals(edited.get("kind"), liveTree.get("kind"))
                || !Objects.equals(meta.get("name"), live.metadata().name())) {
            return errors("error: At least one of apiVersion, kind and name was changed");
        }
        KubeObject after;
        try {
            after = ObjectCodec.fromTree(withLiveStatus(edited, liveTree), "edited file");
        } catch (CodecException e) {
            return errors(e.getMessage());
        }
        if (after.equals(ObjectCodec.fromTree(liveTree, "live"))) {
            return new Outcome(null, true, false, List.of());
        }
        boolean specChanged = !Objects.equals(edited.get("spec"), liveTree.get("spec"));
        try {
            return new Outcome(ctx.api().update(ServerOwnedFields.keep(after, live.metadata(), specChanged)),
                    false, false, List.of());
        } catch (StatusError e) {
            return new Outcome(null, false, false, reasons(e));
        }
    }

    String name() {
        return ResultPrinter.nameOf(live);
    }

    /** The status is the server's: what the learner typed there is ignored, as the status subresource does. */
    private static Map<String, Object> withLiveStatus(Map<String, Object> edited, Map<String, Object> liveTree) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(edited);
        if (liveTree.containsKey("status")) {
            copy.put("status", liveTree.get("status"));
        } else {
            copy.remove("status");
        }
        return copy;
    }

    /** `services "web" was not valid:` and one `* field: message` per cause, or the error's own text. */
    private List<String> reasons(StatusError e) {
        if (e.causes().isEmpty()) {
            return List.of(KubectlErrorText.of(e));
        }
        List<String> out = new ArrayList<>();
        out.add(live.kind().plural() + " \"" + live.metadata().name() + "\" was not valid:");
        for (StatusCause c : e.causes()) {
            out.add("* " + (c.field() == null || c.field().isEmpty() ? "" : c.field() + ": ") + c.message());
        }
        return out;
    }

    private static Outcome errors(String message) {
        return new Outcome(null, false, false, List.of(message));
    }

    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.startsWith("#")) {
                out.append(line).append('\n');
            }
        }
        return out.toString().replaceAll("\n+$", "\n");
    }
}
