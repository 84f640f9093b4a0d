package dev.kubelab.sandbox.shell.printf;

/**
 * bash's %q: '' for an empty word; $'…' (ansic_quote) when the word has a character that does not print;
 * otherwise a backslash before each character the shell would treat specially (sh_backslash_quote with
 * bash's table, # at the start, ~ at the start or after : and =).
 */
final class BashQuote {
    private static final String SPECIAL = " \t\n!\"$&'()*,;<>?[\\]^`{|}";

    private BashQuote() {
    }

    static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (word.codePoints().anyMatch(BashQuote::unprintable)) {
            return ansiC(word);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char before = i == 0 ? '\0' : word.charAt(i - 1);
            if (SPECIAL.indexOf(c) >= 0 || (c == '#' && i == 0)
                    || (c == '~' && (i == 0 || before == ':' || before == '='))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String ansiC(String word) {
        StringBuilder out = new StringBuilder("$'");
        word.codePoints().forEach(c -> {
            int named = "\033\007\013\b\f\n\r\t\\'".indexOf(c);
            if (named >= 0) {
                out.append('\\').append("Eavbfnrt\\'".charAt(named));
            } else if (unprintable(c)) {
                String octal = Integer.toOctalString(c & 0xFF);
                out.append('\\').append("000".substring(octal.length())).append(octal);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }

    /** Control characters, DEL and the raw bytes of an escape that made no valid UTF-8. */
    private static boolean unprintable(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || (c >= 0xDC80 && c <= 0xDCFF);
    }
}
