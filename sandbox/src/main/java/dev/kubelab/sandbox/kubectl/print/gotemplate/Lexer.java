package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * text/template's lexer (parse/lex.go, Go 1.23): text and {{actions}}, with the trim markers "{{- " and " -}}"
 * and comments. Produces every token up front; an error token ends the list.
 */
final class Lexer {
    final String input;
    private final List<Item> items = new ArrayList<>();
    int start;
    int pos;

    private Lexer(String input) {
        this.input = input;
    }

    static List<Item> lex(String input) {
        Lexer l = new Lexer(input);
        l.run();
        return l.items;
    }

    private void run() {
        while (true) {
            int x = input.indexOf("{{", pos);
            if (x < 0) {
                pos = input.length();
                if (pos > start) {
                    emit(Item.Type.TEXT);
                }
                emit(Item.Type.EOF);
                return;
            }
            pos = x;
            int trim = leftTrim(x + 2) ? trailingSpace(start, x) : 0;
            if (x - trim > start) {
                items.add(new Item(Item.Type.TEXT, input.substring(start, x - trim), start, line(start)));
            }
            pos = x + 2;
            start = x;
            int afterMarker = leftTrim(pos) ? 2 : 0;
            if (input.startsWith("/*", pos + afterMarker)) {
                if (!comment(afterMarker)) {
                    return;
                }
                continue;
            }
            emit(Item.Type.LEFT_DELIM);
            pos += afterMarker;
            start = pos;
            if (!new ActionLexer(this).lex()) {
                return;
            }
        }
    }

    private boolean comment(int afterMarker) {
        pos += afterMarker + 2;
        int end = input.indexOf("*/", pos);
        if (end < 0) {
            return error("unclosed comment");
        }
        pos = end + 2;
        int delim = rightDelim();
        if (delim < 0) {
            return error("comment ends before closing delimiter");
        }
        pos += delim + 2;
        if (delim > 0) {
            pos += leadingSpace(pos);
        }
        start = pos;
        return true;
    }

    /** 0 or 2 (" -") when a right delimiter starts at pos, -1 when none does. */
    int rightDelim() {
        if (rightTrimAt(pos)) {
            return 2;
        }
        return input.startsWith("}}", pos) ? 0 : -1;
    }

    boolean rightTrimAt(int at) {
        return at + 1 < input.length() && isSpace(input.charAt(at)) && input.charAt(at + 1) == '-'
                && input.startsWith("}}", at + 2);
    }

    private boolean leftTrim(int at) {
        return at + 1 < input.length() && input.charAt(at) == '-' && isSpace(input.charAt(at + 1));
    }

    private int trailingSpace(int from, int to) {
        int i = to;
        while (i > from && isSpace(input.charAt(i - 1))) {
            i--;
        }
        return to - i;
    }

    int leadingSpace(int from) {
        int i = from;
        while (i < input.length() && isSpace(input.charAt(i))) {
            i++;
        }
        return i - from;
    }

    void emit(Item.Type type) {
        items.add(new Item(type, input.substring(start, pos), start, line(start)));
        start = pos;
    }

    boolean error(String message) {
        items.add(new Item(Item.Type.ERROR, message, start, line(start)));
        return false;
    }

    private int line(int at) {
        int n = 1;
        for (int i = 0; i < at; i++) {
            if (input.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static boolean isSpace(int r) {
        return r == ' ' || r == '\t' || r == '\r' || r == '\n';
    }

    static boolean isAlphaNumeric(int r) {
        return r == '_' || Character.isLetter(r) || Character.isDigit(r);
    }
}
