package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.io.Streams;

import java.util.List;

/** A command the shell runs itself (args exclude the command name); returns the exit code. */
public interface Builtin {
    String name();

    int run(List<String> args, Streams io);
}
