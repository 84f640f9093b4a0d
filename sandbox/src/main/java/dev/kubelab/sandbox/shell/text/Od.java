package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * od [-A d|o|x|n] [-t TYPE]… [-c -b -o -x -d] [-v] [-N COUNT] [-j SKIP] [FILE…]: 16 bytes a line, an address
 * column, "*" for repeated lines (not with -v), then the end's address. BusyBox (od_bloaty.c, a port of GNU od)
 * prints the same; only its complaints differ.
 */
public final class Od implements Builtin {
    private final FileSystem files;
    private final Userland userland;

    public Od(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
    }

    @Override
    public String name() {
        return "od";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("od", args, "bcdovx", "AtNjw");
        if (o.error != null) {
            return userland.rejectOption("od", o.error, io);
        }
        List<OdFormat> formats = new ArrayList<>();
        for (String type : typesInOrder(args)) {
            OdFormat format = OdFormat.of(type);
            if (format == null) {
                String spec = type.substring(1);
                String quoted = userland == Userland.GNU ? "‘" + spec + "’" : "'" + spec + "'";
                io.err().println(spec.isEmpty() || "acdfoux".indexOf(spec.charAt(0)) >= 0
                        ? "od: invalid type string " + quoted // a size od has no type of (x3), or a or f
                        : "od: invalid character '" + spec.charAt(0) + "' in type string " + quoted);
                return 1;
            }
            formats.add(format);
        }
        if (formats.isEmpty()) {
            formats.add(OdFormat.of("o"));
        }
        String radix = o.values.getOrDefault('A', "o");
        if (!radix.matches("[doxn]")) {
            io.err().println("od: invalid output address radix '" + radix + "'; it must be one character from [doxn]");
            return 1;
        }
        List<Inputs.Named> inputs = Inputs.read(userland, "od", o.operands, io, files);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        inputs.forEach(input -> all.writeBytes(input.text().getBytes(StandardCharsets.UTF_8)));
        byte[] bytes = all.toByteArray();
        int skip = (int) Math.min(bytes.length, Long.parseLong(o.values.getOrDefault('j', "0")));
        int end = o.values.containsKey('N')
                ? (int) Math.min(bytes.length, skip + Long.parseLong(o.values.get('N'))) : bytes.length;
        dump(Arrays.copyOfRange(bytes, skip, end), skip, formats, radix.charAt(0), o.has('v'), io);
        return inputs.size() == Math.max(1, o.operands.size()) ? 0 : 1;
    }

    /** The output types as typed (-c, -b, -o, -x, -d and "tTYPE" for -t TYPE): od prints a line of each in order. */
    private static List<String> typesInOrder(List<String> args) {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < args.size() && !args.get(i).equals("--"); i++) {
            String arg = args.get(i);
            for (int j = 1; arg.startsWith("-") && j < arg.length(); j++) {
                char c = arg.charAt(j);
                if ("bcdox".indexOf(c) >= 0) {
                    types.add(String.valueOf(c));
                } else if ("tANjw".indexOf(c) >= 0) {
                    String value = j + 1 < arg.length() ? arg.substring(j + 1) : i + 1 < args.size() ? args.get(++i) : "";
                    if (c == 't') {
                        types.add("t" + value);
                    }
                    break;
                }
            }
        }
        return types;
    }

    private static void dump(byte[] bytes, int start, List<OdFormat> formats, char radix, boolean all, Streams io) {
        int lineWidth = formats.stream().mapToInt(f -> f.lineWidth(16)).max().orElse(0);
        byte[] previous = null;
        boolean starred = false;
        for (int at = 0; at < bytes.length; at += 16) {
            byte[] line = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + 16));
            if (!all && previous != null && line.length == 16 && Arrays.equals(line, previous)) {
                if (!starred) {
                    io.out().println("*");
                }
                starred = true;
                continue;
            }
            starred = false;
            previous = line;
            for (int k = 0; k < formats.size(); k++) {
                String address = k == 0 ? address(start + at, radix) : " ".repeat(address(0, radix).length());
                io.out().println(address + formats.get(k).fields(line, lineWidth - formats.get(k).lineWidth(16)));
            }
        }
        if (radix != 'n') {
            io.out().println(address(start + bytes.length, radix));
        }
    }

    private static String address(long at, char radix) {
        switch (radix) {
            case 'd':
                return String.format("%07d", at);
            case 'x':
                return String.format("%06x", at);
            case 'n':
                return "";
            default:
                return String.format("%07o", at);
        }
    }
}
