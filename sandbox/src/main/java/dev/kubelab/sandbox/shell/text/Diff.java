package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileInfo;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * diff [-u] FILE1 FILE2 (either may be - for stdin, a folder stands for FILE in it): GNU diffutils' normal format
 * ("2c2", "< old", "---", "> new") or with -u the unified one; BusyBox's diff only knows the unified format and
 * leaves the times out of its "---"/"+++" lines. Exit status 0 when equal, 1 when different, 2 on trouble.
 */
public final class Diff implements Builtin {
    private final FileSystem files;
    private final boolean busybox;

    public Diff(FileSystem files, boolean busybox) {
        this.files = files;
        this.busybox = busybox;
    }

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("diff", args, "uq", "");
        if (o.error == null && o.operands.size() != 2) {
            o.error = o.operands.size() > 2 ? "diff: extra operand '" + o.operands.get(2) + "'"
                    : "diff: missing operand after '" + (o.operands.isEmpty() ? "diff" : o.operands.get(0)) + "'";
        }
        if (o.error != null) {
            io.err().println(o.error);
            io.err().println("diff: Try 'diff --help' for more information.");
            return 2;
        }
        List<String> names = new ArrayList<>(o.operands);
        for (int k = 0; k < 2; k++) {
            if (files.isDirectory(names.get(k)) && !files.isDirectory(names.get(1 - k))) {
                String other = names.get(1 - k);
                names.set(k, names.get(k).replaceAll("/+$", "") + "/" + other.substring(other.lastIndexOf('/') + 1));
            }
        }
        String[] texts = new String[2];
        for (int k = 0; k < 2; k++) {
            Optional<String> text = names.get(k).equals("-") ? Optional.of(io.in()) : files.read(names.get(k));
            if (text.isEmpty()) {
                io.err().println(busybox ? "diff: can't open '" + names.get(k) + "': No such file or directory"
                        : "diff: " + names.get(k) + ": No such file or directory");
                return 2;
            }
            texts[k] = text.get();
        }
        if (texts[0].equals(texts[1])) {
            return 0;
        }
        if (o.has('q')) {
            io.out().println("Files " + names.get(0) + " and " + names.get(1) + " differ");
            return 1;
        }
        DiffLines a = DiffLines.of(texts[0]);
        DiffLines b = DiffLines.of(texts[1]);
        List<DiffScript.Change> changes = DiffScript.changes(a.keys(), b.keys());
        if (busybox || o.has('u')) {
            io.out().print(header("---", names.get(0)) + header("+++", names.get(1)));
            io.out().print(DiffLines.unified(a, b, changes));
        } else {
            io.out().print(DiffLines.normal(a, b, changes));
        }
        return 1;
    }

    /** "--- a.txt\t2026-11-27 10:00:00.000000000 +0000"; BusyBox: "--- a.txt". */
    private String header(String mark, String name) {
        if (busybox) {
            return mark + " " + name + "\n";
        }
        Optional<FileInfo> info = name.equals("-") ? Optional.empty() : files.stat(name);
        String time = info.map(i -> FileInfo.fullIso(i.modified())).orElse("");
        return mark + " " + name + "\t" + time + "\n";
    }
}
