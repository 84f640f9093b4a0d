package dev.kubelab.sandbox.shell.printf;

/**
 * One backslash escape, read the way bash's tescape (printf.def) or busybox's bb_process_escape_sequence reads it.
 * {@code at} is the index just after the backslash; inArgument is true for a %b argument, false in the format.
 */
final class Escapes {
    /** What the escape prints, how many characters after the backslash it used, \c seen, a bash complaint. */
    record Escape(String text, int length, boolean stop, String complaint) {
        static Escape of(String text, int length) {
            return new Escape(text, length, false, null);
        }
    }

    private static final Escape BACKSLASH = Escape.of("\\", 0);

    private Escapes() {
    }

    static Escape read(Flavour flavour, String s, int at, boolean inArgument) {
        return flavour == Flavour.BASH ? bash(s, at, inArgument) : busybox(s, at, inArgument);
    }

    /**
     * bash: \a…\v \e \E, \\, octal (\0NNN in %b), \xHH, \\u with 4 and \\U with 8 hex digits; \' \" \? only in
     * the format, \c only in %b.
     */
    private static Escape bash(String s, int at, boolean inArgument) {
        if (at >= s.length()) {
            return BACKSLASH;
        }
        char c = s.charAt(at);
        int simple = "abeEfnrtv".indexOf(c);
        if (simple >= 0) {
            return Escape.of(String.valueOf("\007\b\033\033\f\n\r\t\013".charAt(simple)), 1);
        }
        if (c >= '0' && c <= '7') {
            int value = c - '0';
            int more = 2 + (value == 0 && inArgument ? 1 : 0);
            int p = at + 1;
            for (; p < s.length() && more > 0 && isOctal(s.charAt(p)); p++, more--) {
                value = value * 8 + s.charAt(p) - '0';
            }
            return Escape.of(RawBytes.of(value), p - at);
        }
        if (c == 'x' || c == 'u' || c == 'U') {
            int max = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            int p = at + 1;
            int value = 0;
            for (; p < s.length() && p - at - 1 < max && Character.digit(s.charAt(p), 16) >= 0; p++) {
                value = value * 16 + Character.digit(s.charAt(p), 16);
            }
            if (p == at + 1) {
                String what = c == 'x' ? "missing hex digit for \\x" : "missing unicode digit for \\" + c;
                return new Escape("\\", 0, false, what);
            }
            String text = c == 'x' ? RawBytes.of(value)
                    : Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : "\uFFFD";
            return Escape.of(text, p - at);
        }
        if (c == '\\') {
            return Escape.of("\\", 1);
        }
        if (c == '\'' || c == '"' || c == '?') {
            return inArgument ? BACKSLASH : Escape.of(String.valueOf(c), 1);
        }
        if (c == 'c' && inArgument) {
            return new Escape("", 1, true, null);
        }
        return BACKSLASH; // other escapes print as they are
    }

    /** busybox: \a…\v \e \\, \NNN (a %b also takes \0NNN), \xHH; \c ends all output; anything else stays. */
    private static Escape busybox(String s, int at, boolean inArgument) {
        if (at < s.length() && s.charAt(at) == 'c') {
            return new Escape("", 1, true, null);
        }
        int skip = inArgument && at + 1 < s.length() && s.charAt(at) == '0' && isOctal(s.charAt(at + 1)) ? 1 : 0;
        int q = at + skip;
        boolean hex = q < s.length() && s.charAt(q) == 'x';
        int base = hex ? 16 : 8;
        int digits = hex ? 1 : 0;
        int value = 0;
        if (hex) {
            q++;
        }
        do {
            int d = q < s.length() ? Character.digit(s.charAt(q), base) : -1;
            if (d < 0) {
                if (hex && --digits == 0) {
                    return BACKSLASH; // \x without a hex digit: the backslash, then x as text
                }
                break;
            }
            if (value * base + d > 0xFF) {
                break;
            }
            value = value * base + d;
            q++;
        } while (++digits < 3);
        if (digits == 0) {
            int simple = q < s.length() ? "abefnrtv\\".indexOf(s.charAt(q)) : -1;
            return simple < 0 ? BACKSLASH : Escape.of(String.valueOf("\007\b\033\f\n\r\t\013\\".charAt(simple)), 1);
        }
        return Escape.of(RawBytes.of(value), q - at);
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
