package dev.kubelab.sandbox.shell.exec;

/** The binary operators of shell arithmetic on 64-bit integers, wrapping around on overflow as bash's intmax_t. */
final class ArithmeticOperators {
    private ArithmeticOperators() {
    }

    /** OP applied to the operands; the caller has already refused a division by 0. */
    static long apply(String op, long left, long right) {
        switch (op) {
            case "||":
                return left != 0 || right != 0 ? 1 : 0;
            case "&&":
                return left != 0 && right != 0 ? 1 : 0;
            case "|":
                return left | right;
            case "^":
                return left ^ right;
            case "&":
                return left & right;
            case "==":
                return left == right ? 1 : 0;
            case "!=":
                return left != right ? 1 : 0;
            case "<":
                return left < right ? 1 : 0;
            case ">":
                return left > right ? 1 : 0;
            case "<=":
                return left <= right ? 1 : 0;
            case ">=":
                return left >= right ? 1 : 0;
            case "<<":
                return left << right;
            case ">>":
                return left >> right;
            case "+":
                return left + right;
            case "-":
                return left - right;
            case "*":
                return left * right;
            case "/":
                return left / right; // Long.MIN_VALUE / -1 stays Long.MIN_VALUE, as bash makes it
            case "%":
                return left % right;
            default:
                throw new IllegalArgumentException(op);
        }
    }

    /** BASE ** EXPONENT for a non-negative exponent (anything ** 0 is 1). */
    static long power(long base, long exponent) {
        long result = 1;
        long factor = base;
        long rest = exponent;
        while (rest > 0) {
            if ((rest & 1) == 1) {
                result *= factor;
            }
            factor *= factor;
            rest >>= 1;
        }
        return result;
    }
}
