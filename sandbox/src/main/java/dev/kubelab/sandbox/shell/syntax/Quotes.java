package dev.kubelab.sandbox.shell.syntax;

/**
 * The quoted pieces of a word: '…', "…" (with its $ expansions and backslash escapes) and $'…'. Each reads from
 * its opening quote into the word and returns the index after the closing one, or -1 when the text ends first.
 */
final class Quotes {
    private Quotes() {
    }

    static int single(String text, int at, WordBuilder word) {
        int close = text.indexOf('\'', at + 1);
        if (close < 0) {
            return -1;
        }
        word.literal(text.substring(at + 1, close), true);
        return close + 1;
    }

    /** $'…': the decoded text is quoted, as if in single quotes ({@link AnsiCQuote}). */
    static int ansiC(String text, int at, WordBuilder word) {
        AnsiCQuote.Decoded decoded = AnsiCQuote.decode(text, at);
        if (decoded == null) {
            return -1;
        }
        word.literal(decoded.text(), true);
        return decoded.end();
    }

    static int doubled(String text, int at, WordBuilder word) {
        int i = at + 1;
        word.markQuoted();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < text.length() && "$`\"\\\n".indexOf(text.charAt(i + 1)) >= 0) {
                if (text.charAt(i + 1) != '\n') {
                    word.literal(String.valueOf(text.charAt(i + 1)), true);
                }
                i += 2;
            } else if (c == '$' || c == '`') {
                Expansions.Scan scan = Expansions.scan(text, i, true);
                if (scan == null) {
                    return -1;
                }
                word.add(scan.part());
                i = scan.end();
            } else {
                word.literal(String.valueOf(c), true);
                i++;
            }
        }
        return -1;
    }
}
