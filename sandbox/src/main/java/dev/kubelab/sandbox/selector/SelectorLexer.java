package dev.kubelab.sandbox.selector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** labels.Lexer: splits a selector string into tokens, special symbols greedily, words up to a symbol or space. */
final class SelectorLexer {
    enum Token { ERROR, END, CLOSED_PAR, COMMA, DOES_NOT_EXIST, DOUBLE_EQUALS, EQUALS, GREATER_THAN, IDENTIFIER,
        IN, LESS_THAN, NOT_EQUALS, NOT_IN, OPEN_PAR }

    record Item(Token token, String literal) {}

    private static final Map<String, Token> KEYWORDS = Map.ofEntries(
            Map.entry(")", Token.CLOSED_PAR), Map.entry(",", Token.COMMA), Map.entry("!", Token.DOES_NOT_EXIST),
            Map.entry("==", Token.DOUBLE_EQUALS), Map.entry("=", Token.EQUALS), Map.entry(">", Token.GREATER_THAN),
            Map.entry("in", Token.IN), Map.entry("<", Token.LESS_THAN), Map.entry("!=", Token.NOT_EQUALS),
            Map.entry("notin", Token.NOT_IN), Map.entry("(", Token.OPEN_PAR));

    private final String s;
    private int pos;

    private SelectorLexer(String s) {
        this.s = s;
    }

    /** All tokens up to and including END (or the first ERROR), as Parser.scan collects them. */
    static List<Item> scan(String selector) {
        SelectorLexer lexer = new SelectorLexer(selector);
        List<Item> items = new ArrayList<>();
        while (true) {
            Item item = lexer.lex();
            items.add(item);
            if (item.token() == Token.END || item.token() == Token.ERROR) {
                return items;
            }
        }
    }

    private Item lex() {
        while (pos < s.length() && isWhitespace(s.charAt(pos))) {
            pos++;
        }
        if (pos >= s.length()) {
            return new Item(Token.END, "");
        }
        return isSpecial(s.charAt(pos)) ? scanSpecialSymbol() : scanIdentifierOrKeyword();
    }

    private Item scanIdentifierOrKeyword() {
        int start = pos;
        while (pos < s.length() && !isSpecial(s.charAt(pos)) && !isWhitespace(s.charAt(pos))) {
            pos++;
        }
        String word = s.substring(start, pos);
        return new Item(KEYWORDS.getOrDefault(word, Token.IDENTIFIER), word);
    }

    private Item scanSpecialSymbol() {
        StringBuilder buffer = new StringBuilder();
        Item last = null;
        while (pos < s.length() && isSpecial(s.charAt(pos))) {
            buffer.append(s.charAt(pos));
            Token token = KEYWORDS.get(buffer.toString());
            if (token != null) {
                last = new Item(token, buffer.toString());
                pos++;
            } else if (last != null) {
                break;
            } else {
                pos++;
            }
        }
        if (last == null) {
            return new Item(Token.ERROR, "error expected: keyword found '" + buffer + "'");
        }
        return last;
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecial(char c) {
        return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }
}
