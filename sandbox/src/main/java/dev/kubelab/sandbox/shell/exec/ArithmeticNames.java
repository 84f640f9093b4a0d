package dev.kubelab.sandbox.shell.exec;

/**
 * The names an arithmetic expression reads and assigns. A value is itself an expression, evaluated one level
 * deeper; inside a branch that is skipped (the right of a decided && or ||, the untaken side of ?:) nothing is
 * read or assigned, as bash's noeval.
 */
final class ArithmeticNames {
    private final Arithmetic.Variables variables;
    private final int nesting;
    /** Above 0 inside a branch that is parsed but not evaluated. */
    private int skipping;

    ArithmeticNames(Arithmetic.Variables variables, int nesting) {
        this.variables = variables;
        this.nesting = nesting;
    }

    /** How many values deep this evaluation is (a name whose value names another …). */
    int nesting() {
        return nesting;
    }

    boolean evaluating() {
        return skipping == 0;
    }

    /** Starts a branch that is only parsed when skip is true; {@link #resume} with the same flag ends it. */
    void skip(boolean skip) {
        skipping += skip ? 1 : 0;
    }

    void resume(boolean skip) {
        skipping -= skip ? 1 : 0;
    }

    /** The value of a name: unset or blank is 0, anything else is evaluated as an expression. */
    long read(String name) {
        if (!evaluating()) {
            return 0;
        }
        String content = variables.get(name);
        if (content == null || content.isBlank()) {
            return 0;
        }
        return ArithmeticEvaluator.evaluate(content, new ArithmeticNames(variables, nesting + 1));
    }

    void assign(String name, long value) {
        if (evaluating()) {
            variables.set(name, Long.toString(value));
        }
    }
}
