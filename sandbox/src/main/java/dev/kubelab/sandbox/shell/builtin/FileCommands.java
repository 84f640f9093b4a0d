package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.syntax.ShellKind;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** cd, mkdir, rm, touch, cp, mv over the sandbox's files, with GNU coreutils' messages. */
public final class FileCommands {
    private FileCommands() {
    }

    public static List<Builtin> all(FileSystem files, Environment env) {
        return List.of(
                new Named("cd", (args, io) -> {
                    String target = args.isEmpty() ? env.get("HOME").orElse("/root") : args.get(0);
                    Optional<String> error = files.changeDirectory(target);
                    if (error.isEmpty()) {
                        env.set("PWD", files.cwd());
                        return 0;
                    }
                    // ash: "sh: cd: can't cd to X: REASON", dash leaves the reason out; both fail with 2
                    ShellKind shell = env.shell();
                    io.err().println(shell.prefix() + "cd: " + (shell.isBash() ? error.get() : "can't cd to "
                            + (shell == ShellKind.ASH ? error.get() : target)));
                    return shell.isBash() ? 1 : 2;
                }),
                new Named("mkdir", (args, io) -> each("mkdir", args, io, "p",
                        (path, flags) -> files.makeDirectory(path, flags.contains("p")))),
                new Named("rm", (args, io) -> each("rm", args, io, "rfRv",
                        (path, flags) -> {
                            Optional<String> error = files.remove(path, flags.contains("r") || flags.contains("R"));
                            return flags.contains("f") && error.isPresent() && error.get().endsWith("No such file or directory")
                                    ? Optional.empty() : error;
                        })),
                new Named("touch", (args, io) -> each("touch", args, io, "",
                        (path, flags) -> files.write(path, "", true)
                                .map(e -> "cannot touch '" + path + "': " + e.substring(e.indexOf(": ") + 2)))),
                new Named("cp", (args, io) -> copy("cp", args, io, files, false)),
                new Named("mv", (args, io) -> copy("mv", args, io, files, true)));
    }

    private static int each(String program, List<String> args, Streams io, String known,
                            java.util.function.BiFunction<String, String, Optional<String>> action) {
        StringBuilder flags = new StringBuilder();
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-") && arg.length() > 1) {
                for (char c : arg.substring(1).toCharArray()) {
                    if (known.indexOf(c) < 0) {
                        io.err().println(program + ": invalid option -- '" + c + "'");
                        io.err().println("Try '" + program + " --help' for more information.");
                        return 1;
                    }
                    flags.append(c);
                }
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty() && !flags.toString().contains("f")) {
            io.err().println(program + ": missing operand");
            io.err().println("Try '" + program + " --help' for more information.");
            return 1;
        }
        int status = 0;
        for (String path : paths) {
            Optional<String> error = action.apply(path, flags.toString());
            if (error.isPresent()) {
                io.err().println(program + ": " + error.get());
                status = 1;
            }
        }
        return status;
    }

    private static int copy(String program, List<String> args, Streams io, FileSystem files, boolean move) {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (paths.size() < 2) {
            io.err().println(program + ": " + (paths.isEmpty() ? "missing file operand"
                    : "missing destination file operand after '" + paths.get(0) + "'"));
            io.err().println("Try '" + program + " --help' for more information.");
            return 1;
        }
        String source = paths.get(0);
        String target = paths.get(1);
        Optional<String> content = files.read(source);
        if (content.isEmpty()) {
            io.err().println(program + ": cannot stat '" + source + "': " + (files.isDirectory(source)
                    ? "Is a directory" : "No such file or directory"));
            return 1;
        }
        String destination = files.isDirectory(target) ? target + "/" + source.substring(source.lastIndexOf('/') + 1) : target;
        // mv renames: the file keeps its mode, owner and times (ls -l shows when it was written, not moved)
        Optional<String> error = move ? files.move(source, destination)
                : files.write(destination, content.get(), false);
        if (error.isPresent()) {
            String reason = error.get().substring(error.get().indexOf(": ") + 2);
            io.err().println(program + (move ? ": cannot move '" + source + "' to '" + target + "': "
                    : ": cannot create regular file '" + target + "': ") + reason);
            return 1;
        }
        return 0;
    }

    private record Named(String name, java.util.function.BiFunction<List<String>, Streams, Integer> body)
            implements Builtin {
        @Override
        public int run(List<String> args, Streams io) {
            return body.apply(args, io);
        }
    }
}
