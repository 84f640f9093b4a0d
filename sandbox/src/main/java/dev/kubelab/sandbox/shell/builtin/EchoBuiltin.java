package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** `echo [-n] words…`: the words joined by spaces; -n leaves out the newline. */
public final class EchoBuiltin implements Builtin {
    @Override
    public String name() {
        return "echo";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int first = 0;
        boolean newline = true;
        while (first < args.size() && args.get(first).equals("-n")) {
            newline = false;
            first++;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        io.out().print(newline ? text + "\n" : text);
        return 0;
    }
}
