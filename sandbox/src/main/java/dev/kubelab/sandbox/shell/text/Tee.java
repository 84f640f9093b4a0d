package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Optional;

/**
 * tee [-a] [FILE…]: stdin to stdout and into each file (appended with -a). A file that cannot be written is
 * reported (GNU "tee: PATH: No such file or directory", BusyBox "tee: can't open 'PATH': …") and the rest go on.
 */
public final class Tee implements Builtin {
    private final FileSystem files;
    private final Userland userland;
    private final boolean busybox;

    public Tee(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
        this.busybox = userland != Userland.GNU;
    }

    @Override
    public String name() {
        return "tee";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("tee", args, "ai", "");
        if (o.error != null) {
            return userland.rejectOption("tee", o.error, io);
        }
        int status = 0;
        for (String path : o.operands) {
            Optional<String> error = files.write(path, io.in(), o.has('a'));
            if (error.isPresent()) {
                String reason = error.get().substring(error.get().lastIndexOf(": ") + 2);
                io.err().println(busybox ? "tee: can't open '" + path + "': " + reason : "tee: " + path + ": " + reason);
                status = 1;
            }
        }
        io.out().print(io.in());
        return status;
    }
}
