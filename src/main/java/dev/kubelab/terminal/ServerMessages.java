package dev.kubelab.terminal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kubelab.sandbox.Completion;
import dev.kubelab.sandbox.net.TraceLog;
import dev.kubelab.sandbox.net.dataplane.Connection;
import dev.kubelab.sandbox.net.dataplane.Hop;
import dev.kubelab.sandbox.shell.net.http.Browser;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Builds the JSON frames the server sends (see docs/protocol.md). */
@ApplicationScoped
class ServerMessages {

    private static final int MAX_PAGE = 256 * 1024;

    private final ObjectMapper json;

    ServerMessages(ObjectMapper json) {
        this.json = json;
    }

    String output(long id, String data) {
        return write(message("output").put("id", id).put("data", data));
    }

    /** Output of a background job (`cmd &`) while no command runs: no id, the terminal prints it below its input. */
    String backgroundOutput(String data) {
        return write(message("output").put("data", data));
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

    /**
     * The connections command {@code id} opened and the hops of each, for the cluster panel's traffic view;
     * a negative id (no command: the browser tab's request) is left out.
     */
    String trace(long id, List<TraceLog.Entry> entries) {
        ObjectNode message = message("trace");
        if (id >= 0) {
            message.put("id", id);
        }
        ArrayNode list = message.putArray("connections");
        for (TraceLog.Entry e : entries) {
            ObjectNode c = list.addObject().put("request", e.request()).put("result", result(e.connection()));
            if (e.connection() instanceof Connection.Established est) {
                c.put("address", est.ip() + ":" + est.port());
            }
            ArrayNode hops = c.putArray("hops");
            for (Hop hop : e.connection().hops()) {
                hops.addObject().put("where", hop.where()).put("source", hop.source())
                        .put("destination", hop.destination()).put("note", hop.note() == null ? "" : hop.note());
            }
        }
        return write(message);
    }

    /** What the browser tab shows; bodies beyond 256 KiB are cut (the lab's file limit). */
    String page(Browser.Page page) {
        ObjectNode message = message("page").put("url", page.url());
        if (page.failed()) {
            return write(message.put("error", page.error()));
        }
        String body = page.body().length() > MAX_PAGE ? page.body().substring(0, MAX_PAGE) : page.body();
        return write(message.put("status", page.status()).put("contentType", page.contentType()).put("body", body));
    }

    private static String result(Connection c) {
        if (c instanceof Connection.Established) {
            return "connected";
        }
        if (c instanceof Connection.Refused) {
            return "refused";
        }
        return c instanceof Connection.Unreachable ? "unreachable" : "timeout";
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
