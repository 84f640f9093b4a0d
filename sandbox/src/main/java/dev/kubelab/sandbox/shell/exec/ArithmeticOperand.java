package dev.kubelab.sandbox.shell.exec;

import static dev.kubelab.sandbox.shell.exec.ArithmeticTokens.NAME;
import static dev.kubelab.sandbox.shell.exec.ArithmeticTokens.NUMBER;

import java.util.function.LongSupplier;

/**
 * The tightest-binding part of shell arithmetic: the unary - + ! ~, ++/-- before or after a name (the name is
 * assigned, the value is the new one before it and the old one after it), (…), numbers and names. A name about
 * to be assigned is not read, so "x=5" works whatever x held.
 */
final class ArithmeticOperand {
    private final ArithmeticTokens tokens;
    private final ArithmeticNames names;
    /** The comma expression inside parentheses. */
    private final LongSupplier parenthesized;

    ArithmeticOperand(ArithmeticTokens tokens, ArithmeticNames names, LongSupplier parenthesized) {
        this.tokens = tokens;
        this.names = names;
        this.parenthesized = parenthesized;
    }

    long unary() {
        String op = tokens.token;
        if (!op.equals("-") && !op.equals("+") && !op.equals("!") && !op.equals("~")) {
            return operand();
        }
        tokens.deeper();
        tokens.next();
        long value = unary();
        tokens.shallower();
        tokens.assignable = null;
        return op.equals("-") ? -value : op.equals("+") ? value : op.equals("!") ? (value == 0 ? 1 : 0) : ~value;
    }

    private long operand() {
        String token = tokens.token;
        tokens.assignable = null;
        if (token.equals(ArithmeticTokens.PRE_INCREMENT) || token.equals(ArithmeticTokens.PRE_DECREMENT)) {
            tokens.next(); // the name: the tokenizer only reads ++ as an increment before one
            long value = names.read(tokens.name) + (token.equals(ArithmeticTokens.PRE_INCREMENT) ? 1 : -1);
            names.assign(tokens.name, value);
            tokens.next();
            return value;
        }
        if (token.equals("(")) {
            tokens.deeper();
            tokens.next();
            long value = parenthesized.getAsLong();
            if (!tokens.token.equals(")")) {
                throw tokens.failure("missing `)'");
            }
            tokens.shallower();
            tokens.next();
            tokens.assignable = null;
            return value;
        }
        if (token.equals(NUMBER)) {
            long value = tokens.number;
            tokens.next();
            return value;
        }
        if (!token.equals(NAME)) {
            throw tokens.failure("syntax error: operand expected");
        }
        String name = tokens.name;
        long value = tokens.assignmentFollows() ? 0 : names.read(name); // not read before "="
        tokens.next();
        String after = tokens.token;
        if (after.equals(ArithmeticTokens.POST_INCREMENT) || after.equals(ArithmeticTokens.POST_DECREMENT)) {
            names.assign(name, value + (after.equals(ArithmeticTokens.POST_INCREMENT) ? 1 : -1));
            tokens.next();
            return value;
        }
        tokens.assignable = name;
        return value;
    }
}
