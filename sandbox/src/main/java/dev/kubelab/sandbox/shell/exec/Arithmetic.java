package dev.kubelab.sandbox.shell.exec;

/**
 * Shell arithmetic on 64-bit integers as bash's expr.c evaluates it, for $((…)), ((…)), let and for ((…)): from
 * the comma operator down through assignments (= += -= *= /= %= <<= >>= &= ^= |=), ?:, || &&, | ^ &, == !=,
 * < > <= >=, << >>, + -, * / %, ** to the unary - + ! ~ and ++/-- before or after a name. A name needs no $: unset
 * or empty is 0, a value holding an expression is evaluated in turn. The branch not taken of && || ?: is parsed
 * without effects (no assignment, no division-by-0 error). Errors name the rest of the text from the token bash
 * was looking at ({@link ArithmeticEvaluator}).
 */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** Where names are read and assigned. */
    public interface Variables {
        /** The value, or null when unset. */
        String get(String name);

        void set(String name, String value);
    }

    /** The value, or a Failure whose message reads like bash's: "1/0: division by 0 (error token is "0")". */
    public static long evaluate(String expression, Variables variables) {
        return ArithmeticEvaluator.evaluate(expression, variables);
    }

    /** The shell's variables, as arithmetic reads and assigns them. */
    public static Variables of(Environment env) {
        return new Variables() {
            @Override
            public String get(String name) {
                return env.get(name).orElse(null);
            }

            @Override
            public void set(String name, String value) {
                env.set(name, value);
            }
        };
    }

    /** A bad expression: bash prints the message; $((…)) then drops the rest of the command line, ((…)) fails. */
    public static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
