package dev.kubelab.sandbox.io;

import java.util.List;

/**
 * stdin, stdout and stderr of one command: in a pipe, out is the next command's in. {@code pipeline}: the
 * command lines of the other commands of its pipeline, which run at the same time (what ps sees of them).
 */
public record Streams(TextSink out, TextSink err, String in, List<String> pipeline) {
    public Streams {
        in = in == null ? "" : in;
        pipeline = pipeline == null ? List.of() : List.copyOf(pipeline);
    }

    public Streams(TextSink out, TextSink err, String in) {
        this(out, err, in, List.of());
    }

    public Streams(TextSink out, TextSink err) {
        this(out, err, "");
    }

    public static Streams both(TextSink sink) {
        return new Streams(sink, sink);
    }

    public Streams withIn(String input) {
        return new Streams(out, err, input, pipeline);
    }

    public Streams withOut(TextSink sink) {
        return new Streams(sink, err, in, pipeline);
    }
}
