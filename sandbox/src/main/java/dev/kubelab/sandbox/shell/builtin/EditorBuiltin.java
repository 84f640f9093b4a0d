package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.EditSession;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.function.Consumer;

/** vi, vim and nano: open the browser's editor on a file (a new file is created on save). */
public final class EditorBuiltin implements Builtin {
    private final String name;
    private final FileSystem files;
    private final Consumer<EditSession> open;

    public EditorBuiltin(String name, FileSystem files, Consumer<EditSession> open) {
        this.name = name;
        this.files = files;
        this.open = open;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-") && !a.startsWith("+")).toList();
        if (paths.isEmpty()) {
            io.err().println(name + ": name the file to edit, e.g. " + name + " svc.yaml");
            return 1;
        }
        String path = files.resolve(paths.get(0));
        if (files.isDirectory(path)) {
            io.err().println(name + ": " + paths.get(0) + " is a directory");
            return 1;
        }
        String title = path.substring(path.lastIndexOf('/') + 1);
        open.accept(new EditSession(path, title, files.read(path).orElse("")));
        return 0;
    }
}
