package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;

/**
 * One test expression, read as bash does: up to four arguments by POSIX's rules (so `[ -n ]` and `[ = ]`
 * are plain strings), longer ones with ! ( ) -a -o and their precedence. The operators are {@link TestOperators}.
 */
final class TestExpression {
    private static final int MAX_NESTING = 256;

    private final List<String> args;
    private final TestOperators operators;
    private int pos;
    /** Open parentheses: a pasted "( ( ( …" must not exhaust the stack. */
    private int depth;

    TestExpression(List<String> args, FileSystem files) {
        this.args = args;
        this.operators = new TestOperators(files);
    }

    boolean holds() {
        switch (args.size()) {
            case 0:
                return false;
            case 1:
                return !args.get(0).isEmpty();
            case 2:
                return two(0);
            case 3:
                return three(0);
            case 4:
                if (args.get(0).equals("!")) {
                    return !three(1);
                }
                if (args.get(0).equals("(") && args.get(3).equals(")")) {
                    return two(1);
                }
                return general();
            default:
                return general();
        }
    }

    private boolean two(int at) {
        String first = args.get(at);
        if (first.equals("!")) {
            return args.get(at + 1).isEmpty();
        }
        if (TestOperators.UNARY.contains(first)) {
            return operators.unary(first, args.get(at + 1));
        }
        throw new Malformed(first + ": unary operator expected");
    }

    private boolean three(int at) {
        String left = args.get(at);
        String op = args.get(at + 1);
        String right = args.get(at + 2);
        if (TestOperators.BINARY.contains(op)) {
            return TestOperators.binary(left, op, right);
        }
        if (op.equals("-a") || op.equals("-o")) {
            return op.equals("-a") ? !left.isEmpty() && !right.isEmpty() : !left.isEmpty() || !right.isEmpty();
        }
        if (left.equals("!")) {
            return !two(at + 1);
        }
        if (left.equals("(") && right.equals(")")) {
            return !op.isEmpty();
        }
        throw new Malformed(op + ": binary operator expected");
    }

    private boolean general() {
        boolean value = or();
        if (pos < args.size()) {
            throw new Malformed("too many arguments");
        }
        return value;
    }

    private boolean or() {
        boolean value = and();
        while (at("-o")) {
            pos++;
            boolean right = and();
            value = value || right;
        }
        return value;
    }

    private boolean and() {
        boolean value = not();
        while (at("-a")) {
            pos++;
            boolean right = not();
            value = value && right;
        }
        return value;
    }

    private boolean not() {
        boolean negated = false;
        while (at("!")) {
            pos++;
            negated = !negated;
        }
        return negated != primary();
    }

    private boolean primary() {
        if (pos >= args.size()) {
            throw new Malformed("argument expected");
        }
        String first = args.get(pos);
        if (first.equals("(")) {
            if (++depth > MAX_NESTING) {
                throw new Malformed("expression nested too deeply");
            }
            pos++;
            boolean value = or();
            depth--;
            if (!at(")")) {
                throw new Malformed("`)' expected");
            }
            pos++;
            return value;
        }
        if (TestOperators.UNARY.contains(first) && pos + 1 < args.size()) {
            pos += 2;
            return operators.unary(first, args.get(pos - 1));
        }
        if (pos + 2 < args.size() && TestOperators.BINARY.contains(args.get(pos + 1))) {
            pos += 3;
            return TestOperators.binary(first, args.get(pos - 2), args.get(pos - 1));
        }
        pos++;
        return !first.isEmpty();
    }

    private boolean at(String word) {
        return pos < args.size() && args.get(pos).equals(word);
    }

    /** A wrong expression: the message bash prints after "-bash: [: ". */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
