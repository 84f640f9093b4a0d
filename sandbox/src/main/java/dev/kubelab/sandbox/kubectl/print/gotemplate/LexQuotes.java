package dev.kubelab.sandbox.kubectl.print.gotemplate;

/** lex.go's quoted strings, raw strings, character constants and numbers. */
final class LexQuotes {
    private LexQuotes() {
    }

    /** The opening quote r has been read. */
    static boolean scan(Lexer l, int r) {
        String in = l.input;
        while (true) {
            if (l.pos >= in.length()) {
                return l.error(r == '`' ? "unterminated raw quoted string"
                        : r == '"' ? "unterminated quoted string" : "unterminated character constant");
            }
            char c = in.charAt(l.pos++);
            if (r != '`' && c == '\\') {
                if (l.pos >= in.length() || in.charAt(l.pos) == '\n') {
                    return l.error(r == '"' ? "unterminated quoted string" : "unterminated character constant");
                }
                l.pos++;
            } else if (r != '`' && c == '\n') {
                return l.error(r == '"' ? "unterminated quoted string" : "unterminated character constant");
            } else if (c == r) {
                l.emit(r == '`' ? Item.Type.RAW_STRING : r == '"' ? Item.Type.STRING : Item.Type.CHAR_CONSTANT);
                return true;
            }
        }
    }

    /** lexNumber: decimal, hex, float (the parser checks what strconv would). */
    static boolean number(Lexer l) {
        String in = l.input;
        accept(l, "+-");
        String digits = "0123456789_";
        if (accept(l, "0") && accept(l, "xX")) {
            digits = "0123456789abcdefABCDEF_";
        }
        acceptRun(l, digits);
        if (accept(l, ".")) {
            acceptRun(l, digits);
        }
        if (accept(l, "eE")) {
            accept(l, "+-");
            acceptRun(l, "0123456789_");
        }
        accept(l, "i");
        if (l.pos < in.length() && Lexer.isAlphaNumeric(in.codePointAt(l.pos))) {
            l.pos++;
            return l.error("bad number syntax: " + GoQuote.quote(in.substring(l.start, l.pos)));
        }
        l.emit(Item.Type.NUMBER);
        return true;
    }

    private static boolean accept(Lexer l, String valid) {
        if (l.pos < l.input.length() && valid.indexOf(l.input.charAt(l.pos)) >= 0) {
            l.pos++;
            return true;
        }
        return false;
    }

    private static void acceptRun(Lexer l, String valid) {
        while (accept(l, valid)) {
            // absorb
        }
    }
}
