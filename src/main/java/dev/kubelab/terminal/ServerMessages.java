package dev.kubelab.terminal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubelab.sandbox.Completion;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Builds the JSON frames the server sends (see docs/protocol.md). */
@ApplicationScoped
class ServerMessages {

    private final ObjectMapper json;

    ServerMessages(ObjectMapper json) {
        this.json = json;
    }

    String output(long id, String data) {
        return write(message("output").put("id", id).put("data", data));
    }

    String exit(long id, int code) {
        return write(message("exit").put("id", id).put("code", code));
    }

    String more(long id, String prompt) {
        return write(message("more").put("id", id).put("prompt", prompt));
    }

    String editorOpen(long id, String path, String title, String content) {
        return write(message("editor.open").put("id", id).put("path", path).put("title", title).put("content", content));
    }

    String prompt(String text) {
        return write(message("prompt").put("text", text));
    }

    String replay(String data) {
        return write(message("replay").put("data", data));
    }

    String history(List<String> entries) {
        ObjectNode message = message("history");
        entries.forEach(message.putArray("entries")::add);
        return write(message);
    }

    String completion(long id, Completion completion) {
        ObjectNode message = message("completion").put("id", id).put("start", completion.start());
        completion.candidates().forEach(message.putArray("candidates")::add);
        return write(message);
    }

    String error(Long id, String text) {
        ObjectNode message = message("error");
        if (id != null) {
            message.put("id", id);
        }
        return write(message.put("message", text));
    }

    String state(ObjectNode state) {
        return write(message("state").setAll(state));
    }

    private ObjectNode message(String type) {
        return json.createObjectNode().put("type", type);
    }

    private String write(ObjectNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + node.get("type"), e);
        }
    }
}
