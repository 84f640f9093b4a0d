package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.Set;

/**
 * test's operators: strings = == != < > -z -n; integers -eq -ne -lt -le -gt -ge (bash's integer rules); files on
 * the host -e -f -d -s -r -w (the learner is root: what exists can be read and written), -L -h.
 */
final class TestOperators {
    static final Set<String> UNARY = Set.of("-z", "-n", "-e", "-f", "-d", "-s", "-r", "-w", "-L", "-h");
    static final Set<String> BINARY = Set.of("=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge");

    private final FileSystem files;

    TestOperators(FileSystem files) {
        this.files = files;
    }

    boolean unary(String op, String operand) {
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

    static boolean binary(String left, String op, String right) {
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
        throw new TestExpression.Malformed(text + ": integer expression expected");
    }
}
