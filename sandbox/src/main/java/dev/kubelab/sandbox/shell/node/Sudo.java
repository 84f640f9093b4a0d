package dev.kubelab.sandbox.shell.node;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** sudo on a lab node: the learner is root already, so it runs the command as it is (-E, -H, -n… ignored). */
public final class Sudo implements Builtin {
    private final BiFunction<List<String>, Streams, Integer> runner;
    private final Predicate<String> installed;

    /** runner runs argv as the shell would; installed tells whether a program of that name exists here. */
    public Sudo(BiFunction<List<String>, Streams, Integer> runner, Predicate<String> installed) {
        this.runner = runner;
        this.installed = installed;
    }

    @Override
    public String name() {
        return "sudo";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int i = 0;
        while (i < args.size() && args.get(i).matches("-[EHnSkAb]+")) {
            i++;
        }
        if (i < args.size() && args.get(i).equals("--")) {
            i++;
        }
        if (i >= args.size()) {
            io.err().println("usage: sudo -h | -K | -k | -V");
            io.err().println("usage: sudo -v [-ABknS] [-g group] [-h host] [-p prompt] [-u user]");
            io.err().println("usage: sudo -l [-ABknS] [-g group] [-h host] [-p prompt] [-U user] [-u user] [command]");
            io.err().println("usage: sudo [-ABbEHknPS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host]"
                    + " [-p prompt] [-R directory] [-T timeout] [-u user] [VAR=value] [-i|-s] [<command>]");
            io.err().println("usage: sudo -e [-ABknS] [-r role] [-t type] [-C num] [-D directory] [-g group] [-h host]"
                    + " [-p prompt] [-R directory] [-T timeout] [-u user] file ...");
            return 1;
        }
        List<String> argv = args.subList(i, args.size());
        if (!installed.test(argv.get(0))) {
            io.err().println("sudo: " + argv.get(0) + ": command not found");
            return 1;
        }
        return runner.apply(argv, io);
    }
}
