package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.Map;

/** The inside of one {{action}} (lex.go lexInsideAction): words, fields, variables, literals, parentheses. */
final class ActionLexer {
    private static final Map<String, Item.Type> KEYWORDS = Map.ofEntries(Map.entry(".", Item.Type.DOT),
            Map.entry("block", Item.Type.BLOCK), Map.entry("break", Item.Type.BREAK),
            Map.entry("continue", Item.Type.CONTINUE), Map.entry("define", Item.Type.DEFINE),
            Map.entry("else", Item.Type.ELSE), Map.entry("end", Item.Type.END), Map.entry("if", Item.Type.IF),
            Map.entry("range", Item.Type.RANGE), Map.entry("nil", Item.Type.NIL),
            Map.entry("template", Item.Type.TEMPLATE), Map.entry("with", Item.Type.WITH));

    private final Lexer l;
    private int depth;

    ActionLexer(Lexer l) {
        this.l = l;
    }

    /** Lexes one action up to its right delimiter; false after an error. */
    boolean lex() {
        while (true) {
            int delim = l.rightDelim();
            if (delim >= 0) {
                if (depth != 0) {
                    return l.error("unclosed left paren");
                }
                l.pos += delim;
                l.start = l.pos;
                l.pos += 2;
                l.emit(Item.Type.RIGHT_DELIM);
                if (delim > 0) {
                    l.pos += l.leadingSpace(l.pos);
                    l.start = l.pos;
                }
                return true;
            }
            if (l.pos >= l.input.length()) {
                return l.error("unclosed action");
            }
            int r = l.input.codePointAt(l.pos);
            l.pos += Character.charCount(r);
            if (!token(r)) {
                return false;
            }
        }
    }

    private boolean token(int r) {
        if (Lexer.isSpace(r)) {
            while (l.pos < l.input.length() && Lexer.isSpace(l.input.charAt(l.pos))) {
                l.pos++;
            }
            if (l.rightTrimAt(l.pos - 1)) {
                l.pos--;
                if (l.pos == l.start) {
                    l.start = l.pos;
                    return true;
                }
            }
            l.emit(Item.Type.SPACE);
        } else if (r == '=') {
            l.emit(Item.Type.ASSIGN);
        } else if (r == ':') {
            if (l.pos >= l.input.length() || l.input.charAt(l.pos++) != '=') {
                return l.error("expected :=");
            }
            l.emit(Item.Type.DECLARE);
        } else if (r == '|') {
            l.emit(Item.Type.PIPE);
        } else if (r == '"' || r == '`' || r == '\'') {
            return LexQuotes.scan(l, r);
        } else if (r == '$') {
            return fieldOrVariable(Item.Type.VARIABLE);
        } else if (r == '.' && !digitAt(l.pos)) {
            return fieldOrVariable(Item.Type.FIELD);
        } else if (r == '.' || r == '+' || r == '-' || (r >= '0' && r <= '9')) {
            l.pos = l.start;
            return LexQuotes.number(l);
        } else if (Lexer.isAlphaNumeric(r)) {
            return identifier();
        } else if (r == '(') {
            l.emit(Item.Type.LEFT_PAREN);
            depth++;
        } else if (r == ')') {
            l.emit(Item.Type.RIGHT_PAREN);
            if (--depth < 0) {
                return l.error("unexpected right paren");
            }
        } else if (r < 0x80 && r >= 0x20 && r != 0x7f) {
            l.emit(Item.Type.CHAR);
        } else {
            return l.error(String.format("unrecognized character in action: U+%04X '%s'", r, new String(Character.toChars(r))));
        }
        return true;
    }

    private boolean digitAt(int at) {
        return at < l.input.length() && l.input.charAt(at) >= '0' && l.input.charAt(at) <= '9';
    }

    private boolean identifier() {
        while (l.pos < l.input.length() && Lexer.isAlphaNumeric(l.input.codePointAt(l.pos))) {
            l.pos += Character.charCount(l.input.codePointAt(l.pos));
        }
        if (!atTerminator()) {
            return badCharacter();
        }
        String word = l.input.substring(l.start, l.pos);
        Item.Type keyword = KEYWORDS.get(word);
        l.emit(keyword != null ? keyword : word.equals("true") || word.equals("false") ? Item.Type.BOOL
                : Item.Type.IDENTIFIER);
        return true;
    }

    private boolean fieldOrVariable(Item.Type type) {
        if (atTerminator()) {
            l.emit(type == Item.Type.VARIABLE ? Item.Type.VARIABLE : Item.Type.DOT);
            return true;
        }
        while (l.pos < l.input.length() && Lexer.isAlphaNumeric(l.input.codePointAt(l.pos))) {
            l.pos += Character.charCount(l.input.codePointAt(l.pos));
        }
        if (!atTerminator()) {
            return badCharacter();
        }
        l.emit(type);
        return true;
    }

    private boolean badCharacter() {
        int r = l.input.codePointAt(l.pos);
        l.pos += Character.charCount(r);
        return l.error(String.format("bad character U+%04X '%s'", r, new String(Character.toChars(r))));
    }

    private boolean atTerminator() {
        if (l.pos >= l.input.length()) {
            return true;
        }
        char r = l.input.charAt(l.pos);
        return Lexer.isSpace(r) || ".,|:)(}".indexOf(r) >= 0;
    }
}
