package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.GlobPattern;
import dev.kubelab.sandbox.shell.vfs.FileInfo;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * find [PATH…] [-name GLOB] [-iname GLOB] [-type f|d|…] [-maxdepth N] [-mindepth N] [-print]: each path, then what is
 * under it, depth first. A real find walks folders in the file system's own (hash) order; here entries come in
 * name order, the one order that is the same on every run.
 */
public final class Find implements Builtin {
    private final FileSystem files;
    private final boolean busybox;

    public Find(FileSystem files, boolean busybox) {
        this.files = files;
        this.busybox = busybox;
    }

    @Override
    public String name() {
        return "find";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> roots = new ArrayList<>();
        int i = 0;
        while (i < args.size() && !args.get(i).startsWith("-")) {
            roots.add(args.get(i++));
        }
        Predicate<Listed> test = found -> true;
        int minDepth = 0;
        int maxDepth = Integer.MAX_VALUE;
        String lastTest = null;
        for (; i < args.size(); i++) {
            String predicate = args.get(i);
            if (predicate.equals("-print")) {
                continue;
            }
            if (!List.of("-name", "-iname", "-type", "-maxdepth", "-mindepth").contains(predicate)) {
                io.err().println(busybox ? "find: unrecognized: " + predicate : "find: unknown predicate `" + predicate + "'");
                return 1;
            }
            if (i + 1 >= args.size()) {
                io.err().println(busybox ? "find: " + predicate + " requires an argument"
                        : "find: missing argument to `" + predicate + "'");
                return 1;
            }
            String value = args.get(++i);
            if (predicate.endsWith("depth")) {
                if (!value.matches("\\d{1,9}")) {
                    io.err().println("find: Expected a positive decimal integer argument to " + predicate
                            + ", but got ‘" + value + "’");
                    return 1;
                }
                if (lastTest != null && !busybox) {
                    io.err().println("find: warning: you have specified the global option " + predicate
                            + " after the argument " + lastTest + ", but global options are not positional, i.e., "
                            + predicate + " affects tests specified before it as well as those specified after it.  "
                            + "Please specify global options before other arguments.");
                }
                minDepth = predicate.equals("-mindepth") ? Integer.parseInt(value) : minDepth;
                maxDepth = predicate.equals("-maxdepth") ? Integer.parseInt(value) : maxDepth;
                continue;
            }
            if (predicate.equals("-type") && !value.matches("[bcdpflsD]")) {
                io.err().println("find: Unknown argument to -type: " + value);
                return 1;
            }
            test = test.and(predicate.equals("-type") ? byType(value) : byName(value, predicate.equals("-iname")));
            lastTest = predicate;
        }
        if (roots.isEmpty()) {
            roots.add(".");
        }
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String root : roots) {
            Optional<FileInfo> info = files.stat(root);
            if (info.isEmpty()) {
                io.err().println(busybox ? "find: " + root + ": No such file or directory"
                        : "find: ‘" + root + "’: No such file or directory");
                status = 1;
                continue;
            }
            walk(root, info.get(), 0, minDepth, maxDepth, test, out);
        }
        io.out().print(out.toString());
        return status;
    }

    private void walk(String shown, FileInfo info, int depth, int minDepth, int maxDepth, Predicate<Listed> test,
                      StringBuilder out) {
        if (depth >= minDepth && test.test(new Listed(shown, info))) {
            out.append(shown).append('\n');
        }
        if (!info.directory() || depth >= maxDepth) {
            return;
        }
        String base = shown.endsWith("/") ? shown : shown + "/";
        for (String name : files.list(shown)) {
            String child = base + (name.endsWith("/") ? name.substring(0, name.length() - 1) : name);
            walk(child, files.stat(child).orElseThrow(), depth + 1, minDepth, maxDepth, test, out);
        }
    }

    /** -name matches the last part of the path as shown (the start "." is named "."). */
    private static Predicate<Listed> byName(String glob, boolean ignoreCase) {
        Pattern pattern = GlobPattern.of(glob, ignoreCase);
        return found -> {
            String path = found.name().length() > 1 ? found.name().replaceAll("/+$", "") : found.name();
            return pattern.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
        };
    }

    private static Predicate<Listed> byType(String type) {
        // the sandbox has only folders and regular files: -type l, b, c, p, s, D find nothing
        return found -> type.equals("d") ? found.info().directory() : type.equals("f") && !found.info().directory();
    }
}
