package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;

import java.util.List;

/** export NAME=value / export NAME / export (-p): lists as `declare -x NAME="value"`. */
public final class ExportBuiltin implements Builtin {
    private final Environment env;

    public ExportBuiltin(Environment env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> names = args.stream().filter(a -> !a.equals("-p")).toList();
        if (names.isEmpty()) {
            env.exportedVariables().forEach((k, v) -> io.out().println("declare -x " + k + "=\"" + v + "\""));
            return 0;
        }
        int status = 0;
        for (String arg : names) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!Environment.isName(name) && !env.shell().isBash()) {
                io.err().println(env.shell().prefix() + "export: " + name + ": bad variable name"); // ash, dash
                return 2;
            } else if (!Environment.isName(name)) {
                io.err().println(env.shell().prefix() + "export: `" + arg + "': not a valid identifier");
                status = 1;
            } else if (eq < 0) {
                env.markExported(name);
            } else {
                env.export(name, arg.substring(eq + 1));
            }
        }
        return status;
    }
}
