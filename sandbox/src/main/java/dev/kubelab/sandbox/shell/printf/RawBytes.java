package dev.kubelab.sandbox.shell.printf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bytes an escape like \303 or \xe9 produces. printf writes bytes, the terminal shows UTF-8: a byte above 0x7f is
 * kept as a lone low surrogate (U+DC80…U+DCFF, never valid text) until the output is complete, then each run of
 * them is decoded as UTF-8 — so printf '\303\251' shows é, and a stray byte shows as U+FFFD.
 */
final class RawBytes {
    private static final int MARK = 0xDC00;

    private RawBytes() {
    }

    /** The character standing for one byte value (0..255). */
    static String of(int value) {
        int b = value & 0xFF;
        return String.valueOf((char) (b < 0x80 ? b : MARK + b));
    }

    static String decode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= MARK + 0x80 && c <= MARK + 0xFF) {
                run.write(c - MARK);
                continue;
            }
            if (run.size() > 0) {
                out.append(run.toString(StandardCharsets.UTF_8));
                run.reset();
            }
            out.append(c);
        }
        if (run.size() > 0) {
            out.append(run.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
