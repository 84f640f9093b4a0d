package dev.kubelab.sandbox.shell.printf;

import dev.kubelab.sandbox.io.StringSink;

import java.util.List;

/**
 * The format loop both printfs share: text and escapes are copied, each % directive takes its arguments, and the
 * format starts over while arguments remain (missing ones read as empty or 0). An unreadable directive ends the
 * run with status 1; a bad number is reported, printed as the flavour reads it, and makes the status 1 at the end.
 */
public final class PrintfEngine {
    /** Where the output goes, and the complaints (worded without the program prefix) in between. */
    public interface Output {
        void text(String text);

        void complaint(String message);
    }

    private enum Pass { DONE, STOPPED, FAILED }

    private final Flavour flavour;
    private final Output out;
    private boolean badNumber;

    private PrintfEngine(Flavour flavour, Output out) {
        this.flavour = flavour;
        this.out = out;
    }

    /** Runs the format over the arguments; the exit status. */
    public static int run(Flavour flavour, String format, List<String> words, Output out) {
        return new PrintfEngine(flavour, out).run(format, words);
    }

    private int run(String format, List<String> words) {
        Arguments args = new Arguments(words, flavour, new Arguments.Complaints() {
            @Override
            public void invalid(String message) {
                out.complaint(message);
                badNumber = true;
            }

            @Override
            public void warning(String message) {
                out.complaint(message);
            }
        });
        int before;
        do {
            before = args.used();
            Pass pass = pass(format, args);
            if (pass == Pass.FAILED) {
                return 1;
            }
            if (pass == Pass.STOPPED) {
                return flavour == Flavour.BASH || !badNumber ? 0 : 1; // bash returns before counting bad numbers
            }
        } while (args.remaining() && args.used() > before);
        return badNumber ? 1 : 0;
    }

    private Pass pass(String format, Arguments args) {
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '\\') {
                Escapes.Escape escape = Escapes.read(flavour, format, i + 1, false);
                if (escape.complaint() != null) {
                    out.complaint(escape.complaint());
                }
                if (escape.stop()) {
                    return Pass.STOPPED;
                }
                out.text(escape.text());
                i += escape.length();
            } else if (c != '%') {
                out.text(String.valueOf(c));
            } else if (i + 1 < format.length() && format.charAt(i + 1) == '%') {
                out.text("%");
                i++;
            } else if (flavour == Flavour.BUSYBOX && i + 1 < format.length() && format.charAt(i + 1) == 'b') {
                i++; // busybox's %b takes no width or precision and prints nothing without an argument
                if (args.remaining() && expand(args.string(), new StringBuilder(), true)) {
                    return Pass.STOPPED;
                }
            } else {
                Directive directive = Directive.parse(flavour, format, i);
                if (directive.error() != null) {
                    out.complaint(directive.error());
                    return Pass.FAILED;
                }
                if (convert(directive, args)) {
                    return Pass.STOPPED;
                }
                i = directive.end() - 1;
            }
        }
        return Pass.DONE;
    }

    /** Prints one directive; true when a %b argument said \c. */
    private boolean convert(Directive d, Arguments args) {
        String flags = d.flags();
        int width = d.widthStar() ? args.starValue() : d.width();
        if (width < 0 && d.widthStar()) {
            flags += "-"; // a negative * width left-justifies
            width = -width;
        }
        int precision = d.precisionStar() ? Math.max(-1, args.starValue()) : d.precision();
        // %999999999d would pad a gigabyte: nothing past what the terminal keeps is ever shown
        width = Math.min(width, StringSink.LIMIT);
        precision = Math.min(precision, StringSink.LIMIT);
        char conversion = d.conversion();
        switch (conversion) {
            case 's' -> out.text(CFormat.text(args.string(), flags, width, precision));
            case 'c' -> out.text(CFormat.text(firstByte(args.string()), flags, width, -1));
            case 'q' -> out.text(CFormat.text(BashQuote.quote(args.string()), flags, width, precision));
            case 'b' -> {
                StringBuilder text = new StringBuilder();
                boolean stop = expand(args.string(), text, false);
                if (text.length() > 0) { // bash prints nothing at all, not even padding, for an empty %b
                    out.text(CFormat.text(text.toString(), flags, width, precision));
                }
                return stop;
            }
            case 'd', 'i' -> out.text(CFormat.integer(args.signed(), conversion, flags, width, precision));
            case 'o', 'u', 'x', 'X' -> out.text(CFormat.integer(args.unsigned(), conversion, flags, width, precision));
            default -> out.text(CFormat.floating(args.floating(), conversion, flags, width, precision));
        }
        return false;
    }

    /** %b's argument with its escapes done, into text (or straight out); true when it said \c. */
    private boolean expand(String word, StringBuilder text, boolean direct) {
        StringBuilder into = direct ? new StringBuilder() : text;
        boolean stop = false;
        for (int i = 0; i < word.length() && !stop; i++) {
            char c = word.charAt(i);
            if (c != '\\' || (flavour == Flavour.BASH && i + 1 == word.length())) {
                into.append(c);
                continue;
            }
            Escapes.Escape escape = Escapes.read(flavour, word, i + 1, true);
            if (escape.complaint() != null) {
                out.complaint(escape.complaint());
            }
            stop = escape.stop();
            into.append(escape.text());
            i += escape.length();
        }
        if (direct) {
            out.text(into.toString());
        }
        return stop;
    }

    /** %c prints the first byte of its argument (a NUL for an empty one). */
    private static String firstByte(String word) {
        if (word.isEmpty()) {
            return "\0";
        }
        char c = word.charAt(0);
        return c < 0x80 ? String.valueOf(c)
                : RawBytes.of(word.substring(0, Character.charCount(word.codePointAt(0)))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)[0]);
    }
}
