package dev.kubelab.terminal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;

/** Turns one text frame into a {@link ClientMessage}, enforcing the protocol's limits. */
@ApplicationScoped
class ProtocolReader {
    static final int MAX_URL = 2048;


    private final ObjectMapper json;
    private final TerminalConfig limits;

    ProtocolReader(ObjectMapper json, TerminalConfig limits) {
        this.json = json;
        this.limits = limits;
    }

    ClientMessage read(String frame) throws ProtocolException {
        int bytes = frame.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxMessageBytes()) {
            throw new ProtocolException("message too large: " + bytes + " bytes (limit " + limits.maxMessageBytes() + ")");
        }
        JsonNode node;
        try {
            node = json.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("malformed message: expected one JSON object per frame");
        }
        if (node == null || !node.isObject()) {
            throw new ProtocolException("malformed message: expected one JSON object per frame");
        }
        String type = node.path("type").asText("");
        return switch (type) {
            case "exec" -> new ClientMessage.Exec(id(node), line(node));
            case "complete" -> complete(node);
            case "interrupt" -> new ClientMessage.Interrupt(id(node));
            case "reset" -> new ClientMessage.Reset();
            case "file.save" -> fileSave(node);
            case "browse" -> browse(node);
            case "" -> throw new ProtocolException("malformed message: \"type\" is missing");
            default -> throw new ProtocolException("unknown message type \"" + abbreviate(type) + "\"");
        };
    }

    private ClientMessage.Complete complete(JsonNode node) throws ProtocolException {
        long id = id(node);
        String line = line(node);
        JsonNode cursor = node.get("cursor");
        if (cursor == null || !cursor.canConvertToInt() || cursor.asInt() < 0 || cursor.asInt() > line.length()) {
            throw new ProtocolException(id, "complete needs a \"cursor\" between 0 and the line's length");
        }
        return new ClientMessage.Complete(id, line, cursor.asInt());
    }

    private static ClientMessage.FileSave fileSave(JsonNode node) throws ProtocolException {
        long id = id(node);
        JsonNode path = node.get("path");
        JsonNode content = node.get("content");
        if (path == null || !path.isTextual() || content == null || !content.isTextual()) {
            throw new ProtocolException(id, "file.save needs a text \"path\" and \"content\"");
        }
        return new ClientMessage.FileSave(id, path.asText(), content.asText());
    }

    /** A browser address: text, at most as long as browsers keep (2 KiB here). */
    private static ClientMessage.Browse browse(JsonNode node) throws ProtocolException {
        JsonNode url = node.get("url");
        if (url == null || !url.isTextual()) {
            throw new ProtocolException("browse needs a text \"url\"");
        }
        if (url.asText().length() > MAX_URL) {
            throw new ProtocolException("address too long: " + url.asText().length() + " characters (limit " + MAX_URL + ")");
        }
        return new ClientMessage.Browse(url.asText());
    }

    private static long id(JsonNode node) throws ProtocolException {
        JsonNode id = node.get("id");
        if (id == null || !id.canConvertToLong() || id.asLong() < 0) {
            throw new ProtocolException("\"" + node.path("type").asText() + "\" needs a numeric \"id\"");
        }
        return id.asLong();
    }

    private String line(JsonNode node) throws ProtocolException {
        long id = id(node);
        JsonNode line = node.get("line");
        if (line == null || !line.isTextual()) {
            throw new ProtocolException(id, "\"" + node.path("type").asText() + "\" needs a text \"line\"");
        }
        String text = line.asText();
        if (text.length() > limits.maxLineLength()) {
            throw new ProtocolException(id, "line too long: " + text.length() + " characters (limit "
                    + limits.maxLineLength() + ")");
        }
        return text;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
