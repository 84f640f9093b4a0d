package dev.kubelab.sandbox.shell.syntax;

/**
 * $'…' (ANSI-C quoting) as bash's ansicstr decodes it: \a \b \e \E \f \n \r \t \v \\ \' \" \?, \NNN octal,
 * \xHH hex (one or two digits), backslash-u and -U with up to 4 and 8 hex digits, \cX control characters; any other backslash stays.
 */
final class AnsiCQuote {
    /** The decoded text and the index after the closing quote. */
    record Decoded(String text, int end) {}

    private AnsiCQuote() {
    }

    /** Decodes the $'…' whose '$' is at {@code at}; null when the text ends before the closing quote. */
    static Decoded decode(String text, int at) {
        StringBuilder out = new StringBuilder();
        int i = at + 2;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                return new Decoded(out.toString(), i + 1);
            }
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            i = escape(text, i + 1, out);
        }
        return null;
    }

    /** Appends the escape whose letter is at {@code at}; returns the index after it. */
    private static int escape(String text, int at, StringBuilder out) {
        char c = text.charAt(at);
        int simple = "abeEfnrtv\\'\"?".indexOf(c);
        if (simple >= 0) {
            out.append("\u0007\b\u001b\u001b\f\n\r\t\u000b\\'\"?".charAt(simple));
            return at + 1;
        }
        if (c >= '0' && c <= '7') {
            return number(text, at, 3, 8, out);
        }
        if (c == 'x' || c == 'u' || c == 'U') {
            int end = number(text, at + 1, c == 'x' ? 2 : c == 'u' ? 4 : 8, 16, out);
            if (end == at + 1) {
                out.append('\\').append(c); // no digits: bash keeps the text as it was
            }
            return end;
        }
        if (c == 'c' && at + 1 < text.length()) {
            out.append((char) (Character.toUpperCase(text.charAt(at + 1)) & 0x1f));
            return at + 2;
        }
        out.append('\\').append(c);
        return at + 1;
    }

    /** Up to {@code max} digits of the radix from {@code at}, appended as one character (code point). */
    private static int number(String text, int at, int max, int radix, StringBuilder out) {
        int end = at;
        int value = 0;
        while (end < text.length() && end - at < max && Character.digit(text.charAt(end), radix) >= 0) {
            value = value * radix + Character.digit(text.charAt(end), radix);
            end++;
        }
        if (end > at) {
            out.appendCodePoint(radix == 8 ? value & 0xff : value);
        }
        return end;
    }
}
