package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;

import java.util.List;

/** alias NAME=VALUE, alias NAME, alias (list); and unalias NAME / unalias -a. */
public final class AliasBuiltin implements Builtin {
    private final Environment env;
    private final boolean remove;

    public AliasBuiltin(Environment env, boolean remove) {
        this.env = env;
        this.remove = remove;
    }

    @Override
    public String name() {
        return remove ? "unalias" : "alias";
    }

    @Override
    public int run(List<String> args, Streams io) {
        if (remove) {
            return unalias(args, io);
        }
        if (args.isEmpty()) {
            env.aliases().forEach((k, v) -> io.out().println(format(k, v)));
            return 0;
        }
        int status = 0;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                env.aliases().put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (env.aliases().containsKey(arg)) {
                io.out().println(format(arg, env.aliases().get(arg)));
            } else {
                // ash and dash print "alias: NAME not found" without naming themselves
                io.err().println(env.shell().isBash() ? env.shell().prefix() + "alias: " + arg + ": not found"
                        : "alias: " + arg + " not found");
                status = 1;
            }
        }
        return status;
    }

    private int unalias(List<String> args, Streams io) {
        if (args.isEmpty()) {
            io.err().println("unalias: usage: unalias [-a] name [name ...]");
            return 2;
        }
        int status = 0;
        for (String arg : args) {
            if (arg.equals("-a")) {
                env.aliases().clear();
            } else if (env.aliases().remove(arg) == null) {
                io.err().println(env.shell().prefix() + "unalias: " + arg + ": not found");
                status = 1;
            }
        }
        return status;
    }

    private static String format(String name, String value) {
        return "alias " + name + "='" + value.replace("'", "'\\''") + "'";
    }
}
