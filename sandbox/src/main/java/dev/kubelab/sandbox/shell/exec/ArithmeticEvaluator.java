package dev.kubelab.sandbox.shell.exec;

import static dev.kubelab.sandbox.shell.exec.ArithmeticTokens.END;

import java.util.List;

/** The recursive descent through bash's precedence levels, evaluating as it goes (expr.c's expcomma … exp0). */
final class ArithmeticEvaluator {
    /** The binary operators from the loosest binding to the tightest (** and the unary ones come after). */
    private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("|"), List.of("^"),
            List.of("&"), List.of("==", "!="), List.of("<", ">", "<=", ">="), List.of("<<", ">>"), List.of("+", "-"),
            List.of("*", "/", "%"));

    private final ArithmeticTokens tokens;
    private final ArithmeticNames names;
    private final ArithmeticOperand operands;

    private ArithmeticEvaluator(String text, ArithmeticNames names) {
        this.tokens = new ArithmeticTokens(text);
        this.names = names;
        this.operands = new ArithmeticOperand(tokens, names, this::comma);
    }

    static long evaluate(String expression, Arithmetic.Variables variables) {
        return evaluate(expression, new ArithmeticNames(variables, 0));
    }

    static long evaluate(String expression, ArithmeticNames names) {
        return new ArithmeticEvaluator(expression, names).whole();
    }

    private long whole() {
        if (names.nesting() > ArithmeticTokens.MAX_NESTING) {
            throw tokens.failure("expression recursion level exceeded");
        }
        tokens.next();
        if (tokens.token.equals(END)) {
            return 0;
        }
        long value = comma();
        if (!tokens.token.equals(END)) {
            throw tokens.failure("syntax error in expression");
        }
        return value;
    }

    private long comma() {
        long value = assignment();
        while (tokens.token.equals(",")) {
            tokens.next();
            value = assignment();
        }
        return value;
    }

    private long assignment() {
        long value = conditional();
        String op = tokens.token;
        if (!ArithmeticTokens.isAssignment(op)) {
            return value;
        }
        if (tokens.assignable == null) {
            throw tokens.failure("attempted assignment to non-variable");
        }
        String name = tokens.assignable;
        tokens.next();
        tokens.deeper();
        long right = assignment(); // right-associative
        tokens.shallower();
        if (!op.equals("=")) {
            right = apply(op.substring(0, op.length() - 1), value, right, -1); // value: what the name held
        }
        names.assign(name, right);
        tokens.assignable = null;
        return right;
    }

    private long conditional() {
        long condition = binary(0);
        if (!tokens.token.equals("?")) {
            return condition;
        }
        tokens.next();
        expressionExpected();
        long chosen = branch(condition != 0, true);
        if (!tokens.token.equals(":")) {
            throw tokens.failure("`:' expected for conditional expression");
        }
        tokens.next();
        expressionExpected();
        long other = branch(condition == 0, false);
        tokens.assignable = null;
        return condition != 0 ? chosen : other;
    }

    private void expressionExpected() {
        if (tokens.token.equals(END) || tokens.token.equals(":")) {
            throw tokens.failure("expression expected");
        }
    }

    /** A branch of ?:, evaluated only when taken: the first may hold commas, the second is another ?:. */
    private long branch(boolean taken, boolean first) {
        names.skip(!taken);
        tokens.deeper();
        try {
            return first ? comma() : conditional();
        } finally {
            names.resume(!taken);
            tokens.shallower();
        }
    }

    private long binary(int level) {
        if (level == LEVELS.size()) {
            return power();
        }
        long value = binary(level + 1);
        while (LEVELS.get(level).contains(tokens.token)) {
            String op = tokens.token;
            int after = tokens.afterToken();
            tokens.next();
            boolean skip = op.equals("||") && value != 0 || op.equals("&&") && value == 0;
            names.skip(skip);
            long right = binary(level + 1);
            names.resume(skip);
            value = apply(op, value, right, after);
            tokens.assignable = null;
        }
        return value;
    }

    /** One binary operator; a division by 0 points at the text after the operator (after < 0: at the last token). */
    private long apply(String op, long left, long right, int after) {
        if ((op.equals("/") || op.equals("%")) && right == 0) {
            if (names.evaluating()) {
                throw after < 0 ? tokens.failure("division by 0") : tokens.failureAt(after, "division by 0");
            }
            right = 1;
        }
        return ArithmeticOperators.apply(op, left, right);
    }

    private long power() {
        long base = operands.unary();
        if (!tokens.token.equals("**")) {
            return base;
        }
        tokens.next();
        tokens.deeper();
        long exponent = power(); // right-associative
        tokens.shallower();
        tokens.assignable = null;
        if (exponent < 0) {
            throw tokens.failure("exponent less than 0");
        }
        return ArithmeticOperators.power(base, exponent);
    }
}
