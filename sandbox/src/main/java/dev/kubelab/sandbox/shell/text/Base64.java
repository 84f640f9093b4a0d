package dev.kubelab.sandbox.shell.text;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * base64 [-d] [-w COLS] [FILE]: encodes a file or stdin in lines of 76 (-w 0: one line without newline), or
 * decodes it. Decoding skips newlines only; anything else outside the alphabet, or a last group shorter than
 * four, writes what was decoded so far and fails with "base64: invalid input", as coreutils does.
 */
public final class Base64 implements Builtin {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private final FileSystem files;
    private final Userland userland;
    private final boolean busybox;

    public Base64(FileSystem files, Userland userland) {
        this.files = files;
        this.userland = userland;
        this.busybox = userland != Userland.GNU;
    }

    @Override
    public String name() {
        return "base64";
    }

    @Override
    public int run(List<String> args, Streams io) {
        Options o = Options.parse("base64", args, "di", "w");
        if (o.error != null) {
            return userland.rejectOption("base64", o.error, io);
        }
        String wrap = o.values.getOrDefault('w', "76");
        if (!wrap.matches("\\d{1,9}")) {
            io.err().println("base64: invalid wrap size: ‘" + wrap + "’");
            return 1;
        }
        if (o.operands.size() > 1) {
            io.err().println("base64: extra operand ‘" + o.operands.get(1) + "’");
            io.err().println("Try 'base64 --help' for more information.");
            return 1;
        }
        String name = o.operands.isEmpty() ? "-" : o.operands.get(0);
        String text = name.equals("-") ? io.in() : files.read(name).orElse(null);
        if (text == null) {
            io.err().println(busybox ? "base64: can't open '" + name + "': No such file or directory"
                    : "base64: " + name + ": No such file or directory");
            return 1;
        }
        if (!o.has('d')) {
            io.out().print(wrapped(encode(text.getBytes(StandardCharsets.UTF_8)), Integer.parseInt(wrap)));
            return 0;
        }
        ByteArrayOutputStream decoded = new ByteArrayOutputStream();
        boolean valid = decode(text, decoded);
        io.out().print(decoded.toString(StandardCharsets.UTF_8));
        if (!valid) {
            io.err().println("base64: invalid input");
        }
        return valid ? 0 : 1;
    }

    static String encode(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /** Lines of {@code width} characters, each ending in a newline; width 0 is one line with none. */
    static String wrapped(String encoded, int width) {
        if (width == 0 || encoded.isEmpty()) {
            return encoded;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += width) {
            out.append(encoded, i, Math.min(encoded.length(), i + width)).append('\n');
        }
        return out.toString();
    }

    /**
     * Decodes group by group into {@code out}; false at the first thing that is not valid base64. Like gnulib's
     * decode_4, the bytes of a broken group that came before the fault are still written ("aGVsbG8" gives "hello").
     */
    static boolean decode(String text, ByteArrayOutputStream out) {
        String digits = text.replace("\n", "");
        for (int i = 0; i < digits.length(); i += 4) {
            String group = digits.substring(i, Math.min(digits.length(), i + 4));
            int[] v = new int[4];
            for (int k = 0; k < group.length(); k++) {
                v[k] = ALPHABET.indexOf(group.charAt(k));
            }
            if (group.length() < 2 || v[0] < 0 || v[1] < 0) {
                return false;
            }
            out.write(v[0] << 2 | v[1] >> 4);
            if (group.length() == 2) {
                return false;
            }
            if (group.charAt(2) == '=') {
                if (group.length() < 4 || group.charAt(3) != '=') {
                    return false;
                }
                continue; // each group stands alone: "aGk=aGk=" is "hihi"
            }
            if (v[2] < 0) {
                return false;
            }
            out.write((v[1] & 0xf) << 4 | v[2] >> 2);
            if (group.length() == 3) {
                return false;
            }
            if (group.charAt(3) == '=') {
                continue;
            }
            if (v[3] < 0) {
                return false;
            }
            out.write((v[2] & 3) << 6 | v[3]);
        }
        return true;
    }
}
