package dev.kubelab.sandbox.shell.files;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TerminalSink;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.text.Options;
import dev.kubelab.sandbox.shell.vfs.FileInfo;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * ls [-laAh1dRtrSFp] [PATH…], GNU coreutils' (nodes, Debian images) or BusyBox's (busybox, alpine, curl images).
 * Operands that are files come first, then each folder's listing, headed by its name when there are several
 * operands or -R. On the terminal names go in columns, into a pipe one per line. Output is never coloured: the
 * lab's ~/.bashrc has no `alias ls='ls --color=auto'`, so --color is accepted and ignored.
 */
public final class Ls implements Builtin {
    /** Whose ls: the layout, the error texts and exit codes differ. */
    public enum Flavor { GNU, BUSYBOX }

    /** The long options that have a short one here. */
    private static final java.util.Map<String, String> LONG = java.util.Map.of("--all", "-a", "--almost-all", "-A",
            "--human-readable", "-h", "--directory", "-d", "--recursive", "-R", "--reverse", "-r", "--classify", "-F");

    private final FileSystem files;
    private final SimClock clock;
    private final Flavor flavor;

    public Ls(FileSystem files, SimClock clock, Flavor flavor) {
        this.files = files;
        this.clock = clock;
        this.flavor = flavor;
    }

    @Override
    public String name() {
        return "ls";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> shortArgs = new ArrayList<>();
        String unknown = null;
        for (String arg : args) {
            boolean longOption = arg.startsWith("--") && arg.length() > 2;
            if (longOption && !arg.startsWith("--color")) {
                shortArgs.add(LONG.getOrDefault(arg, ""));
                unknown = unknown != null || LONG.containsKey(arg) ? unknown : arg;
            } else if (!longOption) {
                shortArgs.add(arg);
            }
        }
        Options o = Options.parse("ls", shortArgs, "laAh1dRtrSFp", "");
        if (unknown != null) {
            o.error = "ls: unrecognized option '" + unknown + "'";
        }
        boolean gnu = flavor == Flavor.GNU;
        if (o.error != null) {
            io.err().println(o.error);
            if (gnu) {
                io.err().println("Try 'ls --help' for more information.");
            }
            return gnu ? 2 : 1;
        }
        List<String> operands = o.operands.isEmpty() ? List.of(".") : o.operands;
        List<Listed> plain = new ArrayList<>();
        List<Listed> folders = new ArrayList<>();
        int status = 0;
        for (String operand : operands) {
            Optional<FileInfo> info = files.stat(operand);
            if (info.isEmpty()) {
                io.err().println(gnu ? "ls: cannot access '" + operand + "': No such file or directory"
                        : "ls: " + operand + ": No such file or directory");
                status = gnu ? 2 : 1;
            } else {
                (info.get().directory() && !o.has('d') ? folders : plain).add(new Listed(operand, info.get()));
            }
        }
        StringBuilder out = new StringBuilder();
        boolean tty = io.out() instanceof TerminalSink;
        plain.sort(order(o));
        out.append(render(plain, o, tty));
        folders.sort(order(o));
        boolean headed = operands.size() > 1 || o.has('R');
        for (Listed folder : folders) {
            listFolder(folder.name(), o, tty, headed, out);
        }
        io.out().print(out.toString());
        return status;
    }

    /** One folder's listing (and with -R those of its sub-folders, depth first), "NAME:" above it when headed. */
    private void listFolder(String shown, Options o, boolean tty, boolean headed, StringBuilder out) {
        String base = shown.endsWith("/") ? shown : shown + "/";
        List<Listed> entries = new ArrayList<>();
        if (o.has('a')) {
            entries.add(new Listed(".", files.stat(shown).orElseThrow()));
            entries.add(new Listed("..", files.stat(base + "..").orElseThrow()));
        }
        for (String name : files.list(shown)) {
            String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            if (!bare.startsWith(".") || o.has('a') || o.has('A')) {
                entries.add(new Listed(bare, files.stat(base + bare).orElseThrow()));
            }
        }
        entries.sort(order(o));
        if (headed) {
            out.append(out.length() > 0 ? "\n" : "").append(shown).append(":\n");
        }
        if (o.has('l')) {
            long blocks = entries.stream().mapToLong(e -> e.info().kilobytes()).sum();
            out.append("total ").append(flavor == Flavor.GNU ? LsLong.gnuTotal(blocks, o.has('h')) : blocks)
                    .append('\n');
        }
        out.append(render(entries, o, tty));
        if (o.has('R')) {
            for (Listed entry : entries) {
                if (entry.info().directory() && !entry.name().equals(".") && !entry.name().equals("..")) {
                    listFolder(base + entry.name(), o, tty, true, out);
                }
            }
        }
    }

    private String render(List<Listed> listed, Options o, boolean tty) {
        List<Listed> entries = listed.stream().map(e -> new Listed(e.name() + indicator(e.info(), o), e.info()))
                .toList();
        if (o.has('l')) {
            List<String> lines = flavor == Flavor.GNU ? LsLong.gnu(entries, o.has('h'), clock.now())
                    : LsLong.busybox(entries, o.has('h'), clock.now());
            return lines.stream().map(l -> l + "\n").reduce("", String::concat);
        }
        List<String> names = entries.stream().map(Listed::name).toList();
        if (o.has('1') || !tty) {
            return names.stream().map(n -> n + "\n").reduce("", String::concat);
        }
        return flavor == Flavor.GNU ? LsColumns.gnu(names) : LsColumns.busybox(names);
    }

    /** -F and -p: "/" after a folder's name; -F also "*" after an executable file's. */
    private static String indicator(FileInfo info, Options o) {
        if (info.directory()) {
            return o.has('F') || o.has('p') ? "/" : "";
        }
        return o.has('F') && (info.mode() & 0111) != 0 ? "*" : "";
    }

    /** By name; -t newest first, -S largest first (the later of the two wins), ties by name; -r reverses it all. */
    private static Comparator<Listed> order(Options o) {
        Comparator<Listed> byName = Comparator.comparing(Listed::name);
        int time = o.flags.lastIndexOf("t");
        int size = o.flags.lastIndexOf("S");
        Comparator<Listed> order = byName;
        if (time > size) {
            order = Comparator.comparing((Listed e) -> e.info().modified()).reversed().thenComparing(byName);
        } else if (size > time) {
            order = Comparator.comparingLong((Listed e) -> e.info().size()).reversed().thenComparing(byName);
        }
        return o.has('r') ? order.reversed() : order;
    }
}
