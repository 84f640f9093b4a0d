package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Set;

/**
 * One test expression, evaluated as bash does: up to four arguments by POSIX's rules (so `[ -n ]` and `[ = ]`
 * are plain strings), longer ones with ! ( ) -a -o. Strings: = == != < > -z -n; integers: -eq -ne -lt -le -gt -ge;
 * files on the host: -e -f -d -s -r -w (the learner is root: what exists can be read and written), -L -h.
 */
final class TestExpression {
    private static final Set<String> UNARY = Set.of("-z", "-n", "-e", "-f", "-d", "-s", "-r", "-w", "-L", "-h");
    private static final int MAX_NESTING = 256;
    private static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge");

    private final List<String> args;
    private final FileSystem files;
    private int pos;
    /** Open parentheses: a pasted "( ( ( …" must not exhaust the stack. */
    private int depth;

    TestExpression(List<String> args, FileSystem files) {
        this.args = args;
        this.files = files;
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
        if (UNARY.contains(first)) {
            return unary(first, args.get(at + 1));
        }
        throw new Malformed(first + ": unary operator expected");
    }

    private boolean three(int at) {
        String left = args.get(at);
        String op = args.get(at + 1);
        String right = args.get(at + 2);
        if (BINARY.contains(op)) {
            return binary(left, op, right);
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
        if (UNARY.contains(first) && pos + 1 < args.size()) {
            pos += 2;
            return unary(first, args.get(pos - 1));
        }
        if (pos + 2 < args.size() && BINARY.contains(args.get(pos + 1))) {
            pos += 3;
            return binary(first, args.get(pos - 2), args.get(pos - 1));
        }
        pos++;
        return !first.isEmpty();
    }

    private boolean at(String word) {
        return pos < args.size() && args.get(pos).equals(word);
    }

    private boolean unary(String op, String operand) {
        boolean exists = !operand.isEmpty() && (files.exists(operand) || operand.equals("/dev/null"));
        switch (op) {
            case "-z":
                return operand.isEmpty();
            case "-n":
                return !operand.isEmpty();
            case "-f":
                return !operand.isEmpty() && files.read(operand).isPresent();
            case "-d":
                return !operand.isEmpty() && files.isDirectory(operand);
            case "-s":
                return exists && (files.isDirectory(operand) || !files.read(operand).orElse("").isEmpty());
            case "-L":
            case "-h":
                return false; // the sandbox's files have no symbolic links
            default:
                return exists; // -e, -r, -w
        }
    }

    private static boolean binary(String left, String op, String right) {
        switch (op) {
            case "=":
            case "==":
                return left.equals(right);
            case "!=":
                return !left.equals(right);
            case "<":
                return left.compareTo(right) < 0;
            case ">":
                return left.compareTo(right) > 0;
            default:
                return compare(integer(left), op, integer(right));
        }
    }

    private static boolean compare(long left, String op, long right) {
        switch (op) {
            case "-eq":
                return left == right;
            case "-ne":
                return left != right;
            case "-lt":
                return left < right;
            case "-le":
                return left <= right;
            case "-gt":
                return left > right;
            default:
                return left >= right;
        }
    }

    /** bash accepts blanks around the number and a sign; anything else (or too big for 64 bits) is an error. */
    private static long integer(String text) {
        String trimmed = text.strip();
        if (trimmed.matches("[-+]?[0-9]{1,19}")) {
            try {
                return Long.parseLong(trimmed);
            } catch (NumberFormatException tooBig) {
                // reported below
            }
        }
        throw new Malformed(text + ": integer expression expected");
    }

    /** A wrong expression: the message bash prints after "-bash: [: ". */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
