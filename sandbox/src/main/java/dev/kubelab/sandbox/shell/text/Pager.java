package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Optional;

/**
 * less and more. Their screen-by-screen mode needs a terminal that sends single keys; this lab terminal sends whole
 * lines, so both behave as they do when their output is not a terminal (in a pipe, under a script): they copy
 * their files, or stdin, to stdout like cat. Flags (-N, -S, -R …) are accepted and have no effect then.
 */
public final class Pager implements Builtin {
    private final String name;
    private final FileSystem files;
    /** How this pager reports a file it cannot open, from the path. */
    private final java.util.function.UnaryOperator<String> cannotOpen;

    private Pager(String name, FileSystem files, java.util.function.UnaryOperator<String> cannotOpen) {
        this.name = name;
        this.files = files;
        this.cannotOpen = cannotOpen;
    }

    /** GNU less 590: "nope: No such file or directory", no program name. */
    public static Pager less(FileSystem files) {
        return new Pager("less", files, path -> path + ": No such file or directory");
    }

    /** util-linux more 2.37: "more: cannot open nope: No such file or directory". */
    public static Pager more(FileSystem files) {
        return new Pager("more", files, path -> "more: cannot open " + path + ": No such file or directory");
    }

    /** BusyBox less or more: "more: can't open 'nope': No such file or directory". */
    public static Pager busybox(String name, FileSystem files) {
        return new Pager(name, files, path -> name + ": can't open '" + path + "': No such file or directory");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-") || a.equals("-")).toList();
        if (paths.isEmpty()) {
            io.out().print(io.in());
            return 0;
        }
        int status = 0;
        for (String path : paths) {
            Optional<String> text = path.equals("-") ? Optional.of(io.in()) : files.read(path);
            if (text.isPresent()) {
                io.out().print(text.get());
            } else {
                io.err().println(files.isDirectory(path) ? path + " is a directory" : cannotOpen.apply(path));
                status = 1;
            }
        }
        return status;
    }
}
