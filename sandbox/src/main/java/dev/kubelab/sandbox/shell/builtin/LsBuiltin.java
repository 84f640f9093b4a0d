package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TerminalSink;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;

/**
 * ls [-1aA] [PATH…]: on the terminal GNU ls lays names out in columns (column-major, 80 wide);
 * into a pipe or file it writes one name per line.
 */
public final class LsBuiltin implements Builtin {
    private static final int WIDTH = 80;
    private final FileSystem files;

    public LsBuiltin(FileSystem files) {
        this.files = files;
    }

    @Override
    public String name() {
        return "ls";
    }

    @Override
    public int run(List<String> args, Streams io) {
        boolean onePerLine = !(io.out() instanceof TerminalSink);
        List<String> paths = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-") && arg.length() > 1) {
                for (char c : arg.substring(1).toCharArray()) {
                    if ("1aA".indexOf(c) < 0) {
                        io.err().println("ls: invalid option -- '" + c + "'");
                        io.err().println("Try 'ls --help' for more information.");
                        return 2;
                    }
                    onePerLine |= c == '1';
                }
            } else {
                paths.add(arg);
            }
        }
        if (paths.isEmpty()) {
            paths.add(".");
        }
        int status = 0;
        for (int k = 0; k < paths.size(); k++) {
            String path = paths.get(k);
            List<String> names;
            if (files.isDirectory(path)) {
                names = files.list(path).stream().map(n -> n.endsWith("/") ? n.substring(0, n.length() - 1) : n).toList();
            } else if (files.exists(path)) {
                names = List.of(path);
            } else {
                io.err().println("ls: cannot access '" + path + "': No such file or directory");
                status = 2;
                continue;
            }
            if (paths.size() > 1 && files.isDirectory(path)) {
                io.out().print((k > 0 ? "\n" : "") + path + ":\n");
            }
            io.out().print(onePerLine ? lines(names) : columns(names));
        }
        return status;
    }

    private static String lines(List<String> names) {
        StringBuilder out = new StringBuilder();
        names.forEach(n -> out.append(n).append('\n'));
        return out.toString();
    }

    /** GNU's layout: the most columns that fit, names sorted down each column, 2 spaces apart. */
    static String columns(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        for (int cols = names.size(); cols >= 1; cols--) {
            int rows = (names.size() + cols - 1) / cols;
            int[] widths = new int[cols];
            int total = 0;
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows && c * rows + r < names.size(); r++) {
                    widths[c] = Math.max(widths[c], names.get(c * rows + r).length());
                }
                total += widths[c] + (c < cols - 1 ? 2 : 0);
            }
            if (total <= WIDTH || cols == 1) {
                StringBuilder out = new StringBuilder();
                for (int r = 0; r < rows; r++) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 0; c < cols && c * rows + r < names.size(); c++) {
                        String name = names.get(c * rows + r);
                        line.append(name);
                        if (c < cols - 1 && (c + 1) * rows + r < names.size()) {
                            line.append(" ".repeat(widths[c] - name.length() + 2));
                        }
                    }
                    out.append(line).append('\n');
                }
                return out.toString();
            }
        }
        return "";
    }
}
