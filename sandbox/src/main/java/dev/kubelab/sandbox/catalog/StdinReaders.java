package dev.kubelab.sandbox.catalog;

import dev.kubelab.sandbox.api.Container;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which container processes read their stdin, so that with `stdin: true` they wait for input instead of ending:
 * a shell given no script (`sh`, `bash -l`, an image whose default command is a shell) and `cat` with no file.
 * Without stdin such a process reads /dev/null and ends at once (the lab's "shell that exits as it starts").
 */
final class StdinReaders {
    private static final Set<String> SHELLS = Set.of("sh", "ash", "bash", "dash", "zsh");
    /** Shell options that still leave it reading commands from stdin. */
    private static final Set<String> INTERACTIVE_FLAGS = Set.of("-i", "-l", "-s", "--login", "-il", "-li");

    private StdinReaders() {
    }

    static boolean reads(ImageInfo info, Container c) {
        List<String> argv = new ArrayList<>(c.command().isEmpty() ? info.entrypoint() : c.command());
        argv.addAll(c.command().isEmpty() && c.args().isEmpty() ? info.cmd() : c.args());
        if (argv.size() > 1 && argv.get(0).endsWith("entrypoint.sh") && !argv.get(1).startsWith("-")) {
            argv.remove(0); // docker-entrypoint.sh execs a program given as its first argument
        }
        if (argv.isEmpty()) {
            return false;
        }
        String program = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
        List<String> rest = argv.subList(1, argv.size());
        if (SHELLS.contains(program)) {
            return INTERACTIVE_FLAGS.containsAll(rest);
        }
        return program.equals("cat") && (rest.isEmpty() || rest.equals(List.of("-")));
    }
}
