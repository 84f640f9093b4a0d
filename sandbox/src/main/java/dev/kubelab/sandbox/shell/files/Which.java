package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * which [-a] NAME…: the file the shell would run for each name, first match in PATH. A name it cannot find (or a
 * shell builtin with no program behind it, like cd) prints nothing; the exit status is then 1.
 */
public final class Which implements Builtin {
    /** Builtins of bash and ash that are no file anywhere in PATH (echo, kill, test… are: /usr/bin/echo). */
    private static final Set<String> SHELL_ONLY = Set.of("cd", "export", "alias", "unalias", "unset", "exit",
            "logout", "history", "help", "jobs", "fg", "bg", "wait", "source", "type", "set", "trace", ":");

    private final Predicate<String> installed;
    private final Function<String, String> folderOf;

    /** installed: whether this host has the program; folderOf: the PATH folder it lives in (/usr/bin…). */
    public Which(Predicate<String> installed, Function<String, String> folderOf) {
        this.installed = installed;
        this.folderOf = folderOf;
    }

    @Override
    public String name() {
        return "which";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> names = args.stream().filter(a -> !a.equals("-a")).toList();
        int status = names.isEmpty() ? 1 : 0;
        for (String name : names) {
            String path = name.contains("/") ? name : null;
            if (path == null && installed.test(name) && !SHELL_ONLY.contains(name)) {
                path = folderOf.apply(name) + "/" + name;
            }
            if (path == null || (name.contains("/") && !installed.test(name.substring(name.lastIndexOf('/') + 1)))) {
                status = 1;
            } else {
                io.out().println(path);
            }
        }
        return status;
    }
}
