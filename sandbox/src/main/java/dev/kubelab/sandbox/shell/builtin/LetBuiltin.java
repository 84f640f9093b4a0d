package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.exec.Arithmetic;
import dev.kubelab.sandbox.shell.exec.ArithmeticWords;
import dev.kubelab.sandbox.shell.exec.Environment;

import java.util.List;

/**
 * bash's let (let.def): each argument is an arithmetic expression, evaluated in order; the status is 0 when the
 * last value is not 0, 1 when it is 0 or an expression is bad ("-bash: let: EXPRESSION: MESSAGE …").
 */
public final class LetBuiltin implements Builtin {
    private final Environment env;

    public LetBuiltin(Environment env) {
        this.env = env;
    }

    @Override
    public String name() {
        return "let";
    }

    @Override
    public int run(List<String> arguments, Streams io) {
        List<String> args = !arguments.isEmpty() && arguments.get(0).equals("--")
                ? arguments.subList(1, arguments.size()) : arguments;
        if (args.isEmpty()) {
            io.err().println(env.shell().prefix() + "let: expression expected");
            return 1;
        }
        long value = 0;
        for (String expression : args) {
            try {
                value = Arithmetic.evaluate(expression, Arithmetic.of(env));
            } catch (Arithmetic.Failure failure) {
                io.err().println(env.shell().prefix() + "let: " + ArithmeticWords.of(env.shell(), failure));
                return 1;
            }
        }
        return value != 0 ? 0 : 1;
    }
}
