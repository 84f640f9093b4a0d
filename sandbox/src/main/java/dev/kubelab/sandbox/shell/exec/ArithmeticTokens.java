package dev.kubelab.sandbox.shell.exec;

import java.util.List;

/**
 * Reads an arithmetic expression token by token as bash's expr.c readtok does: numbers (decimal, 0x hex, 0 octal,
 * BASE#DIGITS up to base 64), names, and operators longest first. "++" and "--" are increments only next to a name
 * (after one: post, before one: pre); elsewhere they are two signs, so "1++2" is 3.
 */
final class ArithmeticTokens {
    static final String END = "";
    static final String NUMBER = "0";
    static final String NAME = "a";
    static final String PRE_INCREMENT = "++x";
    static final String PRE_DECREMENT = "--x";
    static final String POST_INCREMENT = "x++";
    static final String POST_DECREMENT = "x--";
    private static final List<String> OPERATORS = List.of("<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=",
            "&&", "||", "*=", "/=", "%=", "+=", "-=", "&=", "^=", "|=", "++", "--", "+", "-", "*", "/", "%", "(", ")",
            "<", ">", "=", "!", "~", "&", "^", "|", "?", ":", ",");

    /** Bounds variables naming variables, nested parentheses and signs (a pasted "((((…" must not exhaust the stack). */
    static final int MAX_NESTING = 64;

    private final String text;
    private int pos;
    /** Where the token read last began: bash's "error token" is the text from there on. */
    private int tokenStart;
    String token = END;
    long number;
    String name;
    /** The name the last operand was, while an assignment to it is still possible (bash's lasttok == STR). */
    String assignable;
    /** Open parentheses, signs and right-associative operators being read now. */
    private int depth;

    ArithmeticTokens(String text) {
        this.text = text;
    }

    void next() {
        pos = skipBlanks(pos);
        if (pos >= text.length()) {
            token = END; // the error token stays the last real one, as in bash
            return;
        }
        tokenStart = pos;
        char c = text.charAt(pos);
        if (isNameStart(c)) {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            name = text.substring(start, pos);
            token = NAME;
        } else if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (isNameChar(text.charAt(pos)) || "#@".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            number = parseNumber(text.substring(start, pos));
            token = NUMBER;
        } else {
            operator();
        }
    }

    void deeper() {
        if (++depth > MAX_NESTING) {
            throw failure("expression recursion level exceeded");
        }
    }

    void shallower() {
        depth--;
    }

    /** Whether a plain "=" (not "==") follows, without consuming anything: bash does not read a name about to be set. */
    boolean assignmentFollows() {
        int at = skipBlanks(pos);
        return text.startsWith("=", at) && !text.startsWith("==", at);
    }

    static boolean isAssignment(String token) {
        return token.length() > 1 && token.endsWith("=") && !List.of("==", "!=", "<=", ">=").contains(token)
                || token.equals("=");
    }

    private void operator() {
        String op = OPERATORS.stream().filter(o -> text.startsWith(o, pos)).findFirst().orElse(null);
        if (op == null) {
            throw failure("syntax error: invalid arithmetic operator");
        }
        if (op.equals("++") || op.equals("--")) {
            boolean plus = op.equals("++");
            if (token.equals(NAME)) {
                op = plus ? POST_INCREMENT : POST_DECREMENT;
            } else if (skipBlanks(pos + 2) < text.length() && isNameStart(text.charAt(skipBlanks(pos + 2)))) {
                op = plus ? PRE_INCREMENT : PRE_DECREMENT;
            } else {
                op = op.substring(1); // not next to a name: a sign, and the second one is read next
                pos--;
            }
            pos += 2;
        } else {
            pos += op.length();
        }
        token = op;
    }

    /** bash's strlong: a leading 0 means octal, 0x hex, BASE# any base from 2 to 64 (digits, a-z, A-Z, @, _). */
    private long parseNumber(String digits) {
        int base = 10;
        int at = 0;
        boolean baseGiven = false;
        if (digits.charAt(0) == '0' && digits.length() > 1) {
            boolean hex = digits.charAt(1) == 'x' || digits.charAt(1) == 'X';
            base = hex ? 16 : 8;
            at = hex ? 2 : 1;
            baseGiven = true;
        }
        long value = 0;
        for (; at < digits.length(); at++) {
            char c = digits.charAt(at);
            if (c == '#') {
                if (baseGiven) {
                    throw failure("invalid number");
                }
                if (value < 2 || value > 64) {
                    throw failure("invalid arithmetic base");
                }
                base = (int) value;
                value = 0;
                baseGiven = true;
                continue;
            }
            int digit = Character.isDigit(c) ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10
                    : c >= 'A' && c <= 'Z' ? c - 'A' + (base <= 36 ? 10 : 36) : c == '@' ? 62 : 63;
            if (digit >= base) {
                throw failure("value too great for base");
            }
            value = value * base + digit; // wraps around on overflow, like bash's intmax_t
        }
        return value;
    }

    private int skipBlanks(int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The text after the token just read, blanks skipped: where bash points at a division by 0. */
    int afterToken() {
        return skipBlanks(pos);
    }

    private static boolean isNameStart(char c) {
        return isNameChar(c) && !Character.isDigit(c);
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    Arithmetic.Failure failure(String message) {
        return failureAt(tokenStart, message);
    }

    /** "EXPRESSION: MESSAGE (error token is "REST")", the expression without its leading blanks, as bash words it. */
    Arithmetic.Failure failureAt(int at, String message) {
        String expression = text.substring(skipBlanks(0));
        return new Arithmetic.Failure(expression + ": " + message + " (error token is \"" + text.substring(at) + "\")");
    }
}
