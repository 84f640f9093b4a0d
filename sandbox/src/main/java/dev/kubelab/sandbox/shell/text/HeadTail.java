package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** head and tail: -n N (and the old -N), tail -n +N from line N; -c N bytes. */
public final class HeadTail implements Builtin {
    private final FileSystem files;
    private final boolean head;
    private final Userland userland;

    private HeadTail(FileSystem files, boolean head, Userland userland) {
        this.files = files;
        this.head = head;
        this.userland = userland;
    }

    public static HeadTail head(FileSystem files, Userland userland) {
        return new HeadTail(files, true, userland);
    }

    public static HeadTail tail(FileSystem files, Userland userland) {
        return new HeadTail(files, false, userland);
    }

    @Override
    public String name() {
        return head ? "head" : "tail";
    }

    @Override
    public int run(List<String> args, Streams io) {
        List<String> normalised = new ArrayList<>();
        for (String a : args) {
            normalised.add(a.matches("-[0-9]+") ? "-n" + a.substring(1) : a);
        }
        Options o = Options.parse(name(), normalised, "qvf", "nc");
        if (o.error != null) {
            return userland.rejectOption(name(), o.error, io);
        }
        boolean bytes = o.values.containsKey('c');
        String count = bytes ? o.values.get('c') : o.values.getOrDefault('n', "10");
        boolean fromStart = !head && count.startsWith("+");
        long n;
        try {
            n = Long.parseLong(fromStart ? count.substring(1) : count);
        } catch (NumberFormatException e) {
            io.err().println(userland == Userland.GNU ? name() + ": invalid number of " + (bytes ? "bytes" : "lines")
                    + ": ‘" + count + "’" : name() + ": invalid number '" + count + "'"); // libbb xatoul
            return 1;
        }
        List<Inputs.Named> inputs = Inputs.read(userland, name(), o.operands, io, files);
        for (int k = 0; k < inputs.size(); k++) {
            if (inputs.size() > 1) {
                io.out().print((k > 0 ? "\n" : "") + "==> " + inputs.get(k).name() + " <==\n");
            }
            String text = inputs.get(k).text();
            io.out().print(bytes ? bytes(text, n, fromStart) : Inputs.joined(slice(Inputs.lines(text), n, fromStart)));
        }
        return inputs.size() == Math.max(1, o.operands.size()) ? 0 : 1;
    }

    /** -c: the first (head) or last (tail) N bytes, or from byte N on (tail -c +N). */
    private String bytes(String text, long n, boolean fromStart) {
        byte[] all = text.getBytes(StandardCharsets.UTF_8);
        int size = all.length;
        int from;
        int to;
        if (head) {
            from = 0;
            to = (int) Math.min(size, Math.max(0, n));
        } else {
            from = fromStart ? (int) Math.min(size, Math.max(0, n - 1)) : (int) Math.max(0, size - Math.max(0, n));
            to = size;
        }
        return new String(all, from, to - from, StandardCharsets.UTF_8);
    }

    private List<String> slice(List<String> lines, long n, boolean fromStart) {
        int size = lines.size();
        if (head) {
            return lines.subList(0, (int) Math.min(size, Math.max(0, n)));
        }
        if (fromStart) {
            return lines.subList((int) Math.min(size, Math.max(0, n - 1)), size);
        }
        return lines.subList((int) Math.max(0, size - Math.max(0, n)), size);
    }
}
