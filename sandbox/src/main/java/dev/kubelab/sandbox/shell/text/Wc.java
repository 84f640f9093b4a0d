package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** wc -l -w -c: GNU prints one count alone without padding, several right-aligned to a common width. */
public final class Wc implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Wc(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "wc";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("wc", args, "lwcm", "");
        if (o.error != null) {
            return userland.rejectOption("wc", o.error, io);
        }
        boolean all = o.flags.length() == 0;
        List<Inputs.Named> inputs = Inputs.read(userland, "wc", o.operands, io, files);
        List<long[]> rows = new ArrayList<>();
        long[] total = new long[3];
        for (Inputs.Named input : inputs) {
            String text = input.text();
            long[] c = {text.chars().filter(ch -> ch == '\n').count(),
                    text.isBlank() ? 0 : text.trim().split("\\s+").length,
                    text.getBytes(StandardCharsets.UTF_8).length};
            rows.add(c);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        boolean[] show = {all || o.has('l'), all || o.has('w'), all || o.has('c') || o.has('m')};
        int shown = (show[0] ? 1 : 0) + (show[1] ? 1 : 0) + (show[2] ? 1 : 0);
        boolean fromStdin = o.operands.isEmpty();
        int width = shown == 1 && inputs.size() == 1 ? 1 : fromStdin ? 7 : String.valueOf(total[2]).length();
        for (int k = 0; k < rows.size(); k++) {
            io.out().println(format(rows.get(k), show, width) + (fromStdin ? "" : " " + inputs.get(k).name()));
        }
        if (rows.size() > 1) {
            io.out().println(format(total, show, width) + " total");
        }
        return inputs.size() == Math.max(1, o.operands.size()) ? 0 : 1;
    }

    private static String format(long[] counts, boolean[] show, int width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            if (show[i]) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(String.format("%" + width + "d", counts[i]));
            }
        }
        return line.toString();
    }
}
