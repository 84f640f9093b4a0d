package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Stdin;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.TextSink;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.ShellKind;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a command's redirections left to right (so `> f 2>&1` and `2>&1 > f` differ as in bash)
 * and writes captured file output once the command has run.
 */
final class Redirections {
    private static final TextSink DEV_NULL = text -> { };

    private final FileSystem files;
    private final Expander expander;
    private final List<Runnable> writes = new ArrayList<>();
    /** Files get what is written at once (a command that keeps running writes to them later too). */
    private final boolean direct;

    Redirections(FileSystem files, Expander expander) {
        this(files, expander, false);
    }

    Redirections(FileSystem files, Expander expander, boolean direct) {
        this.files = files;
        this.expander = expander;
        this.direct = direct;
    }

    /** The command's streams after redirection, or the error bash prints (the command then does not run). */
    Result apply(List<Script.Redirect> redirects, Streams io) {
        TextSink out = io.out();
        TextSink err = io.err();
        Stdin in = io.stdin(); // kept, not copied: a loop's `read` goes on where the last one stopped
        for (Script.Redirect r : redirects) {
            String op = r.op();
            if (op.equals("<<")) {
                in = Stdin.of(r.expandBody() ? expander.heredoc(r.heredocBody()) : r.heredocBody());
                continue;
            }
            String target = expander.single(r.target());
            if (op.equals("<<<")) {
                in = Stdin.of(target + "\n"); // a here-string: the word, expanded but not split, and a newline
                continue;
            }
            if (op.equals(">&")) {
                TextSink to = target.equals("1") ? out : target.equals("2") ? err : null;
                if (to == null) {
                    return Result.error(expander.shell().prefix() + target + ": ambiguous redirect");
                }
                if (r.fd() == 2) {
                    err = to;
                } else {
                    out = to;
                }
            } else if (op.equals("<")) {
                Optional<String> content = files.read(target);
                if (content.isEmpty()) {
                    return Result.error(cannot(false, target, files.isDirectory(target)
                            ? "Is a directory" : "No such file or directory"));
                }
                in = Stdin.of(content.get());
            } else {
                Optional<TextSink> file = fileSink(target, op.endsWith(">>"));
                if (file.isEmpty()) {
                    return Result.error(lastError);
                }
                if (op.startsWith("&")) {
                    out = file.get();
                    err = file.get();
                } else if (r.fd() == 2) {
                    err = file.get();
                } else {
                    out = file.get();
                }
            }
        }
        return new Result(new Streams(out, err, in, io.pipeline()), null);
    }

    /** Writes what went to files; a write error is reported on the terminal. */
    void flush() {
        writes.forEach(Runnable::run);
        writes.clear();
    }

    private String lastError;

    /**
     * A file a redirection cannot open: bash names it and the reason; ash says "can't create F: nonexistent
     * directory" / "can't open F: no such file", dash "cannot create F: Directory nonexistent" / "cannot open F:
     * No such file" (their errmsg() words for ENOENT and ENOTDIR, strerror otherwise).
     */
    private String cannot(boolean create, String target, String reason) {
        ShellKind shell = expander.shell();
        if (shell.isBash()) {
            return shell.prefix() + target + ": " + reason;
        }
        boolean missing = reason.equals("No such file or directory") || reason.equals("Not a directory");
        boolean ash = shell == ShellKind.ASH;
        String missingWords = create ? (ash ? "nonexistent directory" : "Directory nonexistent")
                : (ash ? "no such file" : "No such file");
        return shell.prefix() + (ash ? "can't " : "cannot ") + (create ? "create " : "open ") + target + ": "
                + (missing ? missingWords : reason);
    }

    private Optional<TextSink> fileSink(String target, boolean append) {
        if (target.equals("/dev/null")) {
            return Optional.of(DEV_NULL);
        }
        // Truncate (or create) first, as bash does before the command starts.
        Optional<String> error = files.write(target, "", true);
        if (error.isEmpty() && !append) {
            error = files.write(target, "", false);
        }
        if (error.isPresent()) {
            lastError = cannot(true, target, error.get().substring(error.get().lastIndexOf(": ") + 2));
            return Optional.empty();
        }
        if (direct) {
            return Optional.of(text -> files.write(target, text, true));
        }
        StringSink sink = new StringSink();
        writes.add(() -> files.write(target, sink.text(), true));
        return Optional.of(sink);
    }

    record Result(Streams streams, String error) {
        static Result error(String message) {
            return new Result(null, message);
        }
    }
}
