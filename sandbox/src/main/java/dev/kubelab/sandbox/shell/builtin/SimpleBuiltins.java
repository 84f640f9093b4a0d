package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.printf.PrintfBuiltin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.function.BiFunction;

/**
 * One-line commands: true, :, false, pwd, whoami, hostname, env, printenv, unset; and seq, sleep, test, [, read,
 * printf (the node's login bash; containers bring their own).
 */
public final class SimpleBuiltins {
    private SimpleBuiltins() {
    }

    public static List<Builtin> all(Environment env, FileSystem files) {
        return List.of(
                of("true", (args, io) -> 0),
                of(":", (args, io) -> 0),
                of("false", (args, io) -> 1),
                of("pwd", (args, io) -> print(io, files.cwd())),
                of("whoami", (args, io) -> print(io, "root")),
                of("hostname", (args, io) -> print(io, env.get("HOSTNAME").orElse("controlplane"))),
                of("env", (args, io) -> {
                    env.exportedVariables().forEach((k, v) -> io.out().println(k + "=" + v));
                    return 0;
                }),
                of("printenv", (args, io) -> {
                    if (args.isEmpty()) {
                        env.exportedVariables().forEach((k, v) -> io.out().println(k + "=" + v));
                        return 0;
                    }
                    int status = 0;
                    for (String name : args) {
                        String value = env.exportedVariables().get(name);
                        if (value == null) {
                            status = 1;
                        } else {
                            io.out().println(value);
                        }
                    }
                    return status;
                }),
                of("unset", (args, io) -> {
                    args.stream().filter(a -> !a.startsWith("-")).forEach(env::unset);
                    return 0;
                }),
                new SeqBuiltin(), TestBuiltin.test(files), TestBuiltin.bracket(files), new ReadBuiltin(env),
                new LetBuiltin(env), PrintfBuiltin.bash("-bash", env));
    }

    private static int print(Streams io, String line) {
        io.out().println(line);
        return 0;
    }

    /** A builtin from its name and body (args without the name → exit status). */
    public static Builtin of(String name, BiFunction<List<String>, Streams, Integer> body) {
        return new Builtin() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int run(List<String> args, Streams io) {
                return body.apply(args, io);
            }
        };
    }
}
