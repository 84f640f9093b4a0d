package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.io.Streams;

/**
 * A file open in the browser's editor: where saving writes, and what it held when opened. A session with a
 * {@link Handler} (kubectl edit) does not write a file: saving hands the text to the handler, which may finish
 * the command or reopen the editor with new text (kubectl's error comment at the top).
 */
public record EditSession(String path, String title, String content, Handler handler) {
    public EditSession(String path, String title, String content) {
        this(path, title, content, null);
    }

    /** What a save or a cancel does for a session that is not a plain file. */
    public interface Handler {
        /** Reopen with this text (non-null), or finish: then status is the command's exit code. */
        record Result(String reopenWith, int status) {
            public static Result finished(int status) {
                return new Result(null, status);
            }

            public static Result reopen(String text) {
                return new Result(text, 0);
            }
        }

        Result saved(String text, Streams io);

        /** The editor was closed without saving; returns the command's exit code. */
        int cancelled(Streams io);
    }
}
