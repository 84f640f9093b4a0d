package dev.kubelab.sandbox.shell.exec;

import java.util.function.UnaryOperator;

/**
 * $((…)) on 64-bit integers as bash evaluates it: + - * / % with the usual precedence, unary + and -, parentheses,
 * numbers (decimal, 0x hex, 0 octal) and variable names (unset or empty is 0, a value holding an expression is
 * evaluated in turn). Errors name the rest of the text from the token bash was looking at.
 */
final class Arithmetic {
    /** Bounds variables naming variables, nested parentheses and signs (a pasted "((((…" must not exhaust the stack). */
    private static final int MAX_NESTING = 64;
    private static final char END = 0;
    private static final char NUMBER = 'n';
    private static final char NAME = 'v';

    private final String text;
    private final UnaryOperator<String> variables;
    private final int nesting;
    private int pos;
    /** Where the token read last began: bash's "error token" is the text from there on. */
    private int tokenStart;
    private char token;
    private long number;
    private String name;
    /** Open parentheses and unary signs being evaluated now. */
    private int depth;

    private Arithmetic(String text, UnaryOperator<String> variables, int nesting) {
        this.text = text;
        this.variables = variables;
        this.nesting = nesting;
    }

    /** The value, or a Failure whose message reads like bash's: "1/0: division by 0 (error token is "0")". */
    static long evaluate(String expression, UnaryOperator<String> variables) {
        return new Arithmetic(expression, variables, 0).whole();
    }

    private long whole() {
        if (nesting > MAX_NESTING) {
            throw failure("expression recursion level exceeded");
        }
        next();
        if (token == END) {
            return 0;
        }
        long value = sum();
        if (token != END) {
            throw failure("syntax error in expression");
        }
        return value;
    }

    private long sum() {
        long value = product();
        while (token == '+' || token == '-') {
            char op = token;
            next();
            long right = product();
            value = op == '+' ? value + right : value - right;
        }
        return value;
    }

    private long product() {
        long value = unary();
        while (token == '*' || token == '/' || token == '%') {
            char op = token;
            next();
            long right = unary();
            if (op != '*' && right == 0) {
                throw failure("division by 0");
            }
            value = op == '*' ? value * right : op == '/' ? value / right : value % right;
        }
        return value;
    }

    private long unary() {
        if (token != '+' && token != '-') {
            return operand();
        }
        char op = token;
        deeper();
        next();
        long value = unary();
        depth--;
        return op == '-' ? -value : value;
    }

    private void deeper() {
        if (++depth > MAX_NESTING) {
            throw failure("expression recursion level exceeded");
        }
    }

    private long operand() {
        long value;
        if (token == '(') {
            deeper();
            next();
            value = sum();
            if (token != ')') {
                throw failure("missing `)'");
            }
            depth--;
        } else if (token == NUMBER) {
            value = number;
        } else if (token == NAME) {
            String content = variables.apply(name);
            value = content == null || content.isBlank() ? 0 : new Arithmetic(content.strip(), variables, nesting + 1).whole();
        } else {
            throw failure("syntax error: operand expected");
        }
        next();
        return value;
    }

    private void next() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        if (pos >= text.length()) {
            token = END; // the error token stays the last real one, as in bash
            return;
        }
        tokenStart = pos;
        char c = text.charAt(pos);
        if (isNameChar(c) && !Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && isNameChar(text.charAt(pos))) {
                pos++;
            }
            name = text.substring(start, pos);
            token = NAME;
        } else if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (isNameChar(text.charAt(pos)) || text.charAt(pos) == '#')) {
                pos++;
            }
            number = parseNumber(text.substring(start, pos));
            token = NUMBER;
        } else if ("+-*/%()".indexOf(c) >= 0) {
            pos++;
            token = c;
        } else {
            throw failure("syntax error: invalid arithmetic operator");
        }
    }

    private long parseNumber(String digits) {
        int base = 10;
        String body = digits;
        if (digits.length() > 1 && digits.charAt(0) == '0') {
            boolean hex = digits.charAt(1) == 'x' || digits.charAt(1) == 'X';
            base = hex ? 16 : 8;
            body = digits.substring(hex ? 2 : 1);
        }
        long value = 0;
        for (char c : body.toCharArray()) {
            int digit = Character.digit(c, base);
            if (digit < 0) {
                throw failure("value too great for base");
            }
            value = value * base + digit; // wraps around on overflow, like bash's intmax_t
        }
        return value;
    }

    private static boolean isNameChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private Failure failure(String message) {
        return new Failure(text + ": " + message + " (error token is \"" + text.substring(tokenStart) + "\")");
    }

    /** A bad expression: bash prints the message and drops the rest of the command line. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
