package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/** bash's test and [ builtins: 0 when the expression holds, 1 when not, 2 (with bash's message) when it is wrong. */
public final class TestBuiltin implements Builtin {
    private final String name;
    private final FileSystem files;

    private TestBuiltin(String name, FileSystem files) {
        this.name = name;
        this.files = files;
    }

    public static Builtin test(FileSystem files) {
        return new TestBuiltin("test", files);
    }

    /** `[ EXPRESSION ]`: the same test, whose last argument must be "]". */
    public static Builtin bracket(FileSystem files) {
        return new TestBuiltin("[", files);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> operands = args;
        if (name.equals("[")) {
            if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                io.err().println("-bash: [: missing `]'");
                return 2;
            }
            operands = args.subList(0, args.size() - 1);
        }
        try {
            return new TestExpression(operands, files).holds() ? 0 : 1;
        } catch (TestExpression.Malformed malformed) {
            io.err().println("-bash: " + name + ": " + malformed.getMessage());
            return 2;
        }
    }
}
