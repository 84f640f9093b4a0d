package dev.kubelab.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test's side of a lab socket: sends frames, waits for typed messages, sees how it closed. */
final class SocketClient implements WebSocket.Listener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<String> closed = new CompletableFuture<>();
    private WebSocket socket;

    static SocketClient connect(URI uri, String cookie) throws Exception {
        SocketClient client = new SocketClient();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        client.socket = builder.buildAsync(uri, client).get(10, TimeUnit.SECONDS);
        return client;
    }

    void send(String frame) {
        socket.sendText(frame, true).join();
    }

    /** The next message of this type; others received before it are skipped. */
    JsonNode next(String type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode message = inbox.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && type.equals(message.path("type").asText())) {
                return message;
            }
        }
        throw new AssertionError("no \"" + type + "\" message within 10 s");
    }

    /** Everything written for command {@code id} until its exit, as one string. */
    String outputUntilExit(long id) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            JsonNode message = inbox.poll(100, TimeUnit.MILLISECONDS);
            if (message == null || message.path("id").asLong(-1) != id) {
                continue;
            }
            switch (message.path("type").asText()) {
                case "output" -> out.append(message.path("data").asText());
                case "exit" -> {
                    return out.toString();
                }
                default -> { }
            }
        }
        throw new AssertionError("command " + id + " did not exit within 10 s; output so far: " + out);
    }

    /** What command {@code id} writes until its output contains {@code text}; fails if it exits first. */
    String outputUntil(long id, String text) throws InterruptedException {
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && !out.toString().contains(text)) {
            JsonNode message = inbox.poll(100, TimeUnit.MILLISECONDS);
            if (message == null || message.path("id").asLong(-1) != id) {
                continue;
            }
            if (message.path("type").asText().equals("exit")) {
                throw new AssertionError("command " + id + " exited before printing " + text + ": " + out);
            }
            out.append(message.path("type").asText().equals("output") ? message.path("data").asText() : "");
        }
        if (!out.toString().contains(text)) {
            throw new AssertionError("command " + id + " did not print " + text + " within 10 s: " + out);
        }
        return out.toString();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                inbox.add(JSON.readTree(partial.toString()));
            } catch (Exception e) {
                throw new IllegalStateException("server sent invalid JSON: " + partial, e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete("error " + error);
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.abort();
        }
    }
}
