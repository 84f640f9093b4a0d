package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A host's programs by name: runs the one a command names, or says the shell cannot find it. */
final class ProgramTable {
    private final Map<String, Builtin> programs;
    /** The shell's message for a command it cannot find, e.g. "curl: command not found". */
    private final UnaryOperator<String> notFound;

    ProgramTable(Map<String, Builtin> programs, UnaryOperator<String> notFound) {
        this.programs = programs;
        this.notFound = notFound;
    }

    int invoke(List<String> argv, Streams io) {
        Builtin program = programs.get(argv.get(0));
        if (program == null) {
            io.err().println(notFound.apply(argv.get(0)));
            return 127;
        }
        return program.run(argv.subList(1, argv.size()), io);
    }
}
