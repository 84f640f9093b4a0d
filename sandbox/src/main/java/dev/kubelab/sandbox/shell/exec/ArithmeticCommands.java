package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;

/**
 * ((…)) and the three expressions of for ((…)): $ expansions first, then the arithmetic. Unlike $((…)), an error
 * only fails this command: bash prints "-bash: ((: EXPRESSION: MESSAGE (error token is …)" and goes on.
 */
final class ArithmeticCommands {
    private final Environment env;
    private final Expander expander;

    ArithmeticCommands(Environment env, Expander expander) {
        this.env = env;
        this.expander = expander;
    }

    /** Exit status 0 when the value is not 0, 1 when it is 0 or the expression is bad. */
    int status(String expression, Streams io) {
        Long value = value(expression, io);
        return value != null && value != 0 ? 0 : 1;
    }

    /** The value, or null after printing the error. */
    Long value(String expression, Streams io) {
        try {
            return Arithmetic.evaluate(expander.arithmeticText(expression), Arithmetic.of(env));
        } catch (Arithmetic.Failure failure) {
            io.err().println(env.shell().prefix() + "((: " + failure.getMessage());
            return null;
        }
    }
}
