package dev.kubelab.sandbox.io;

/** stdout and stderr of one command; both reach the terminal today, pipes will split them. */
public record Streams(TextSink out, TextSink err) {
    public static Streams both(TextSink sink) {
        return new Streams(sink, sink);
    }
}
