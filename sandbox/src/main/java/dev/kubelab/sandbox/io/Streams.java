package dev.kubelab.sandbox.io;

import java.util.List;

/**
 * stdin, stdout and stderr of one command: in a pipe, out is the next command's in. {@code pipeline}: the
 * command lines of the other commands of its pipeline, which run at the same time (what ps sees of them).
 */
public record Streams(TextSink out, TextSink err, Stdin stdin, List<String> pipeline) {
    public Streams {
        stdin = stdin == null ? Stdin.of("") : stdin;
        pipeline = pipeline == null ? List.of() : List.copyOf(pipeline);
    }

    public Streams(TextSink out, TextSink err, String in, List<String> pipeline) {
        this(out, err, Stdin.of(in), pipeline);
    }

    public Streams(TextSink out, TextSink err, String in) {
        this(out, err, in, List.of());
    }

    /** A command at the terminal: stdin is the terminal. */
    public Streams(TextSink out, TextSink err) {
        this(out, err, Stdin.terminal(), List.of());
    }

    public static Streams both(TextSink sink) {
        return new Streams(sink, sink);
    }

    /** The input not read yet. */
    public String in() {
        return stdin.rest();
    }

    public Streams withIn(String input) {
        return new Streams(out, err, input, pipeline);
    }

    public Streams withOut(TextSink sink) {
        return new Streams(sink, err, stdin, pipeline);
    }
}
