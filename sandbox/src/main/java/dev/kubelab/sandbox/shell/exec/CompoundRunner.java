package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.syntax.Compound;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

/** Runs for, while, until, if, case, { }, ( ), ((…)) and for ((…)) with bash's exit statuses; redirections after done/fi/} cover the body. */
final class CompoundRunner {
    private final ScriptRunner runner;
    private final Environment env;
    private final FileSystem files;
    private final Expander expander;
    private final LoopControl loops;
    private final Subshells subshells;
    private final ArithmeticCommands arithmetic;

    CompoundRunner(ScriptRunner runner, Environment env, FileSystem files, Expander expander, LoopControl loops,
                   Subshells subshells) {
        this.subshells = subshells;
        this.runner = runner;
        this.env = env;
        this.files = files;
        this.expander = expander;
        this.loops = loops;
        this.arithmetic = new ArithmeticCommands(env, expander);
    }

    int run(Compound compound, Streams io) {
        Redirections redirections = new Redirections(files, expander);
        Redirections.Result redirected = redirections.apply(compound.redirects(), io);
        if (redirected.error() != null) {
            io.err().println(redirected.error());
            return 1;
        }
        try {
            return body(compound, redirected.streams());
        } finally {
            redirections.flush(); // also when break or an abort leaves the body early
        }
    }

    private int body(Compound compound, Streams io) {
        if (compound instanceof Compound.For loop) {
            return forLoop(loop, io);
        }
        if (compound instanceof Compound.Loop loop) {
            return whileLoop(loop, io);
        }
        if (compound instanceof Compound.If clause) {
            return ifClause(clause, io);
        }
        if (compound instanceof Compound.Case clause) {
            return new CaseClause(expander, runner::list).run(clause, io);
        }
        if (compound instanceof Compound.Arithmetic command) {
            return arithmetic.status(command.expression(), io);
        }
        if (compound instanceof Compound.ArithmeticFor loop) {
            return arithmeticFor(loop, io);
        }
        if (compound instanceof Compound.Subshell subshell) {
            return subshells.isolated(() -> runner.list(subshell.body(), io));
        }
        return runner.list(((Compound.Group) compound).body(), io);
    }

    private int forLoop(Compound.For loop, Streams io) {
        if (!Environment.isName(loop.name())) {
            io.err().println(env.shell().prefix() + "`" + loop.name() + "': not a valid identifier");
            return 1;
        }
        // Without "in", bash loops over the positional parameters: an interactive shell has none.
        var values = loop.words() == null ? java.util.List.<String>of() : expander.fields(loop.words());
        int status = 0;
        int round = 0;
        loops.enter();
        try {
            for (String value : values) {
                loops.countRound(++round);
                env.set(loop.name(), value);
                Round result = once(loop.body(), io);
                status = result.status;
                if (result.stop) {
                    break;
                }
            }
        } finally {
            loops.leave();
        }
        return status;
    }

    /** for ((INIT; CONDITION; STEP)): an empty condition is true; a bad expression ends the loop with status 1. */
    private int arithmeticFor(Compound.ArithmeticFor loop, Streams io) {
        if (arithmetic.value(loop.init(), io) == null) {
            return 1;
        }
        int status = 0;
        int round = 0;
        loops.enter();
        try {
            while (true) {
                Long condition = loop.condition().isBlank() ? Long.valueOf(1) : arithmetic.value(loop.condition(), io);
                if (condition == null) {
                    return 1;
                }
                if (condition == 0) {
                    return status;
                }
                loops.countRound(++round);
                Round result = once(loop.body(), io);
                status = result.status;
                if (result.stop) {
                    return status;
                }
                if (arithmetic.value(loop.step(), io) == null) {
                    return 1;
                }
            }
        } finally {
            loops.leave();
        }
    }

    private int whileLoop(Compound.Loop loop, Streams io) {
        int status = 0;
        int round = 0;
        loops.enter();
        try {
            while (true) {
                Round condition = once(loop.condition(), io);
                if (condition.stop || (condition.status == 0) == loop.until()) {
                    break;
                }
                loops.countRound(++round);
                Round result = once(loop.body(), io);
                status = result.status;
                if (result.stop) {
                    break;
                }
            }
        } finally {
            loops.leave();
        }
        return status;
    }

    private int ifClause(Compound.If clause, Streams io) {
        for (Compound.Branch branch : clause.branches()) {
            if (runner.list(branch.condition(), io) == 0) {
                return runner.list(branch.body(), io);
            }
        }
        return clause.otherwise() == null ? 0 : runner.list(clause.otherwise(), io);
    }

    /** One run of a loop's body (or condition), catching the break or continue aimed at this loop. */
    private Round once(Script script, Streams io) {
        try {
            return new Round(runner.list(script, io), false);
        } catch (LoopControl.Jump jump) {
            if (jump.levels > 1) {
                throw jump.outer();
            }
            return new Round(jump.status, !jump.goOn);
        }
    }

    private record Round(int status, boolean stop) {}
}
