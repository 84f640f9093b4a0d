package dev.kubelab.sandbox.io;

/** Collects what a command writes, for the next command of a pipe, $(…) or a file. */
public final class StringSink implements TextSink {
    /** Output beyond this is dropped: a learner's pipe must not fill the server's memory. */
    public static final int LIMIT = 1 << 20;
    private final StringBuilder text = new StringBuilder();

    @Override
    public void print(String chunk) {
        int room = LIMIT - text.length();
        text.append(chunk, 0, Math.min(chunk.length(), Math.max(room, 0)));
    }

    public String text() {
        return text.toString();
    }
}
