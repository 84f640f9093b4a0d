package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.ShellKind;

/**
 * How a shell words an arithmetic error: bash "EXPR: division by 0 (error token is …)", BusyBox ash's math.c
 * "divide by zero" or, for anything else, "arithmetic syntax error" (busybox 1.36+; older ones said
 * "arith: syntax error" — not checked against 1.37's source). dash's own words are not modelled: it gets bash's.
 */
public final class ArithmeticWords {
    private ArithmeticWords() {
    }

    public static String of(ShellKind shell, Arithmetic.Failure failure) {
        if (shell != ShellKind.ASH) {
            return failure.getMessage();
        }
        return failure.getMessage().contains("division by 0") ? "divide by zero" : "arithmetic syntax error";
    }
}
