package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.TreeSet;

/** cut -d C -f LIST and cut -c LIST (LIST: 1,3 or 2-4 or 3-). */
public final class Cut implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Cut(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "cut";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("cut", args, "s", "dfc");
        if (o.error != null && userland != Userland.GNU) {
            return userland.rejectOption("cut", o.error, io);
        }
        if (o.error == null && !o.values.containsKey('f') && !o.values.containsKey('c')) {
            o.error = "cut: you must specify a list of bytes, characters, or fields";
        }
        String delimiter = o.values.getOrDefault('d', "\t");
        if (o.error == null && delimiter.length() != 1) {
            o.error = "cut: the delimiter must be a single character";
        }
        if (o.error != null) {
            io.err().println(o.error);
            io.err().println("Try 'cut --help' for more information.");
            return 1;
        }
        boolean fields = o.values.containsKey('f');
        String list = o.values.get(fields ? 'f' : 'c');
        TreeSet<Integer> picked = new TreeSet<>();
        int openFrom = Integer.MAX_VALUE;
        for (String range : list.split(",")) {
            String[] ends = range.split("-", -1);
            try {
                int from = ends[0].isEmpty() ? 1 : Integer.parseInt(ends[0]);
                if (ends.length > 1 && ends[1].isEmpty()) {
                    openFrom = Math.min(openFrom, from);
                    continue;
                }
                int to = ends.length > 1 ? Integer.parseInt(ends[1]) : from;
                if (from < 1) {
                    throw new NumberFormatException();
                }
                for (int k = from; k <= Math.min(to, 10_000); k++) {
                    picked.add(k);
                }
            } catch (NumberFormatException e) {
                io.err().println("cut: invalid field value ‘" + range + "’");
                io.err().println("Try 'cut --help' for more information.");
                return 1;
            }
        }
        for (Inputs.Named input : Inputs.read(userland, "cut", o.operands, io, files)) {
            for (String line : Inputs.lines(input.text())) {
                if (fields && line.indexOf(delimiter.charAt(0)) < 0) {
                    if (!o.has('s')) {
                        io.out().println(line);
                    }
                    continue;
                }
                String[] pieces = fields ? line.split(java.util.regex.Pattern.quote(delimiter), -1)
                        : line.split("");
                StringBuilder out = new StringBuilder();
                for (int k = 1; k <= pieces.length; k++) {
                    if (picked.contains(k) || k >= openFrom) {
                        if (out.length() > 0 && fields) {
                            out.append(delimiter);
                        }
                        out.append(pieces[k - 1]);
                    }
                }
                io.out().println(out.toString());
            }
        }
        return 0;
    }
}
