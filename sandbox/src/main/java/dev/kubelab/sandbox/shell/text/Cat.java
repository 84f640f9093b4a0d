package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/** cat [-n] [FILE…]: files or stdin, with GNU's or BusyBox's options and complaints. */
public final class Cat implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Cat(FileSystem files) {
        this(files, Userland.GNU);
    }

    public Cat(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "cat";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("cat", args, userland == Userland.GNU ? "nAE" : "nbvteA", "");
        if (o.error != null) {
            return userland.rejectOption("cat", o.error, io);
        }
        List<Inputs.Named> inputs = Inputs.read(userland, "cat", o.operands, io, files);
        int number = 1;
        for (Inputs.Named input : inputs) {
            if (!o.has('n')) {
                io.out().print(input.text());
                continue;
            }
            for (String line : Inputs.lines(input.text())) {
                io.out().println(String.format("%6d\t%s", number++, line));
            }
        }
        return inputs.size() == Math.max(1, o.operands.size()) ? 0 : 1;
    }
}
