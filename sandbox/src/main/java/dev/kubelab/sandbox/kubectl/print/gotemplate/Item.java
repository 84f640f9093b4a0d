package dev.kubelab.sandbox.kubectl.print.gotemplate;

/** One token of text/template's lexer (parse/lex.go item): its type, text, byte offset and line. */
record Item(Type type, String val, int pos, int line) {
    enum Type {
        ERROR, BOOL, CHAR, CHAR_CONSTANT, ASSIGN, DECLARE, EOF, FIELD, IDENTIFIER, LEFT_DELIM, LEFT_PAREN, NUMBER,
        PIPE, RAW_STRING, RIGHT_DELIM, RIGHT_PAREN, SPACE, STRING, TEXT, VARIABLE,
        // keywords (item.String() shows them as <word>)
        BLOCK, BREAK, CONTINUE, DOT, DEFINE, ELSE, END, IF, NIL, RANGE, TEMPLATE, WITH;

        boolean keyword() {
            return ordinal() >= BLOCK.ordinal();
        }
    }

    /** item.String(): EOF, the error text, &lt;keyword&gt;, or the quoted value (cut to 10 characters). */
    @Override
    public String toString() {
        if (type == Type.EOF) {
            return "EOF";
        }
        if (type == Type.ERROR) {
            return val;
        }
        if (type.keyword()) {
            return "<" + val + ">";
        }
        if (val.codePointCount(0, val.length()) > 10) {
            return GoQuote.quote(val.substring(0, val.offsetByCodePoints(0, 10))) + "...";
        }
        return GoQuote.quote(val);
    }
}
