package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/** cat [-n] [FILE…]: files or stdin. */
public final class Cat implements Builtin {
    private final FileSystem files;

    public Cat(FileSystem files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "cat";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("cat", args, "nAE", "");
        if (o.error != null) {
            io.err().println(o.error);
            io.err().println("Try 'cat --help' for more information.");
            return 1;
        }
        List<Inputs.Named> inputs = Inputs.read("cat", o.operands, io, files);
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
