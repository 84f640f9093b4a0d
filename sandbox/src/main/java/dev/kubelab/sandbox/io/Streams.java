package dev.kubelab.sandbox.io;

/** stdin, stdout and stderr of one command: in a pipe, out is the next command's in. */
public record Streams(TextSink out, TextSink err, String in) {
    public Streams {
        in = in == null ? "" : in;
    }

    public Streams(TextSink out, TextSink err) {
        this(out, err, "");
    }

    public static Streams both(TextSink sink) {
        return new Streams(sink, sink);
    }

    public Streams withIn(String input) {
        return new Streams(out, err, input);
    }

    public Streams withOut(TextSink sink) {
        return new Streams(sink, err, in);
    }
}
