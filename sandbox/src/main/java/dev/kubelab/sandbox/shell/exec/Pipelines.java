package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Stdin;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.syntax.Compound;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Runs lists with && || ; and `&`, and pipelines: each stage runs to completion and hands its output to the next
 * (deterministic, one stage at a time).
 */
final class Pipelines {
    private final Environment env;
    private final SimpleCommands simple;
    private final CompoundRunner compounds;
    private final Subshells subshells;
    /** Runs `… &`: starts a background job and returns its status (0); null runs the commands at once. */
    private final ScriptRunner.Launcher launcher;

    Pipelines(Environment env, SimpleCommands simple, CompoundRunner compounds, Subshells subshells,
              ScriptRunner.Launcher launcher) {
        this.env = env;
        this.subshells = subshells;
        this.simple = simple;
        this.compounds = compounds;
        this.launcher = launcher;
    }

    int list(Script script, Streams io) {
        int status = env.lastStatus();
        for (Script.AndOr list : script.lists()) {
            status = andOr(list, io);
        }
        return status;
    }

    /** `… &`: a job of its own (or, without job control here, the commands at once); $? is then 0. */
    int launch(Script.AndOr list, Streams io) {
        int status = launcher == null ? andOr(new Script.AndOr(list.pipelines(), list.ops()), io)
                : launcher.launch(list, io);
        env.setLastStatus(status);
        return status;
    }

    private int andOr(Script.AndOr list, Streams io) {
        if (list.background()) {
            return launch(list, io);
        }
        int status = pipeline(list.pipelines().get(0), io);
        for (int i = 0; i < list.ops().size(); i++) {
            boolean and = list.ops().get(i).equals("&&");
            if (and == (status == 0)) {
                status = pipeline(list.pipelines().get(i + 1), io);
            }
        }
        return status;
    }

    private int pipeline(Script.Pipeline pipeline, Streams io) {
        return pipeline(pipeline, io, false, false);
    }

    /**
     * A pipeline at the top of a typed line or of a background job's commands: its last command may keep running.
     * A redirected one only may in a background job, whose redirected output may keep going to files.
     */
    int topLevel(Script.Pipeline pipeline, Streams io, boolean inBackgroundJob) {
        return pipeline(pipeline, io, true, inBackgroundJob);
    }

    private int pipeline(Script.Pipeline pipeline, Streams io, boolean topLevel, boolean inBackgroundJob) {
        Stdin input = io.stdin();
        int status = 0;
        List<Script.Command> commands = pipeline.commands();
        List<String> texts = commandTexts(commands);
        for (int i = 0; i < commands.size(); i++) {
            boolean last = i == commands.size() - 1;
            StringSink captured = last ? null : new StringSink();
            List<String> others = new ArrayList<>(texts);
            others.set(i, null);
            others.removeIf(Objects::isNull);
            Streams streams = new Streams(last ? io.out() : captured, io.err(), input, others);
            Script.Command command = commands.get(i);
            if (commands.size() == 1) {
                status = stage(command, streams, topLevel && !pipeline.negated(), inBackgroundJob);
            } else { // bash runs each command of a pipe in a subshell of its own: `… | read x` sets no x here
                boolean mayKeepRunning = last && topLevel && !pipeline.negated();
                status = subshells.isolated(() -> stage(command, streams, mayKeepRunning, inBackgroundJob));
            }
            input = Stdin.of(last ? "" : captured.text());
        }
        if (pipeline.negated()) {
            status = status == 0 ? 1 : 0;
        }
        env.setLastStatus(status);
        return status;
    }

    /** Each simple command of a pipeline as typed (quotes removed; null for compounds and expansions). */
    private static List<String> commandTexts(List<Script.Command> commands) {
        List<String> texts = new ArrayList<>();
        for (Script.Command c : commands) {
            String text = null;
            if (commands.size() > 1 && c instanceof Script.Simple) {
                StringJoiner words = new StringJoiner(" ");
                for (Word w : ((Script.Simple) c).words()) {
                    String literal = w.literalText();
                    if (literal == null) {
                        words = null;
                        break;
                    }
                    words.add(literal);
                }
                text = words == null ? null : words.toString();
            }
            texts.add(text);
        }
        return texts;
    }

    private int stage(Script.Command command, Streams io, boolean mayKeepRunning, boolean inBackgroundJob) {
        if (mayKeepRunning && command instanceof Script.Simple simpleCommand) {
            return simple.run(simpleCommand, io, simpleCommand.redirects().isEmpty() || inBackgroundJob);
        }
        return command(command, io);
    }

    private int command(Script.Command command, Streams io) {
        if (command instanceof Compound compound) {
            return compounds.run(compound, io);
        }
        return simple.run((Script.Simple) command, io, false);
    }
}
