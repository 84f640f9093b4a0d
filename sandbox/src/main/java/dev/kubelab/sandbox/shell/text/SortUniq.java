package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** sort (-r -n -u -k N -t C) and uniq (-c -d -u): both line filters over files or stdin. */
public final class SortUniq implements Builtin {
    private final FileSystem files;
    private final boolean sort;
    private final Userland userland;

    private SortUniq(FileSystem files, boolean sort, Userland userland) {
        this.files = files;
        this.sort = sort;
        this.userland = userland;
    }

    public static SortUniq sort(FileSystem files, Userland userland) {
        return new SortUniq(files, true, userland);
    }

    public static SortUniq uniq(FileSystem files, Userland userland) {
        return new SortUniq(files, false, userland);
    }

    @Override
    public String name() {
        return sort ? "sort" : "uniq";
    }

    @Override
    public int run(List<String> args, Streams io) {
        boolean gnu = userland == Userland.GNU; // busybox's getopt32 strings: "ngMVucszbrdfimS:T:o:k:*t:", "cduif:s:w:"
        Options o = Options.parse(name(), args, sort ? (gnu ? "rnuhbf" : "ngMVucszbrdfim") : "cdui",
                sort ? (gnu ? "kt" : "STokt") : (gnu ? "" : "fsw"));
        if (o.error != null) {
            userland.rejectOption(name(), o.error, io);
            return sort ? 2 : 1;
        }
        List<String> lines = new ArrayList<>();
        List<Inputs.Named> inputs = Inputs.read(userland, name(), sort ? o.operands : o.operands.subList(0, Math.min(1, o.operands.size())), io, files);
        inputs.forEach(input -> lines.addAll(Inputs.lines(input.text())));
        io.out().print(Inputs.joined(sort ? sorted(lines, o) : uniq(lines, o)));
        return inputs.size() == Math.max(1, sort ? o.operands.size() : Math.min(1, o.operands.size())) ? 0 : (sort ? 2 : 1);
    }

    private static List<String> sorted(List<String> lines, Options o) {
        Comparator<String> order = o.has('n') ? Comparator.comparingDouble(SortUniq::leadingNumber)
                .thenComparing(Comparator.naturalOrder()) : Comparator.naturalOrder();
        if (o.values.containsKey('k')) {
            int field = Math.max(1, parseIntOr(o.values.get('k').split("[,.]")[0], 1));
            String separator = o.values.get('t');
            Comparator<String> byKey = order;
            order = Comparator.comparing((String line) -> key(line, field, separator), byKey);
        }
        if (o.has('r')) {
            order = order.reversed();
        }
        List<String> out = new ArrayList<>(lines);
        out.sort(order);
        return o.has('u') ? uniq(out, new Options()) : out;
    }

    private static List<String> uniq(List<String> lines, Options o) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).equals(lines.get(i))) {
                j++;
            }
            int count = j - i;
            if ((!o.has('d') || count > 1) && (!o.has('u') || count == 1)) {
                out.add(o.has('c') ? String.format("%7d %s", count, lines.get(i)) : lines.get(i));
            }
            i = j;
        }
        return out;
    }

    private static String key(String line, int field, String separator) {
        String[] parts = separator == null ? line.trim().split("\\s+") : line.split(java.util.regex.Pattern.quote(separator), -1);
        return field <= parts.length ? parts[field - 1] : "";
    }

    private static double leadingNumber(String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*(-?[0-9]+(\\.[0-9]+)?)").matcher(line);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static int parseIntOr(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
