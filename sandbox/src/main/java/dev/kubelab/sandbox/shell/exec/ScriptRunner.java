package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.StringSink;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.syntax.Compound;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.Word;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;

/**
 * Runs parsed scripts: lists with && || ;, pipelines (each stage runs to completion and hands its
 * output to the next — deterministic, one stage at a time), redirections, assignments, aliases, $(…),
 * and compound commands (loops, if, groups) through {@link CompoundRunner}. A typed line ({@link #runLine}) may
 * stop at a top-level command that keeps running in the foreground ({@link JobControl}) and go on from there when
 * that command ends ({@link #resumeLine}).
 */
public final class ScriptRunner {
    /** Bounds $(…) inside $(…) and alias loops. */
    private static final int MAX_DEPTH = 8;

    private final Environment env;
    private final FileSystem files;
    private final Map<String, Builtin> programs;
    private final Expander expander;
    /** Runs after every command: the cluster's controllers react before the next command looks. */
    private final Runnable afterCommand;
    /** The shell's message for a command it cannot find, e.g. "curl: command not found". */
    private final UnaryOperator<String> notFound;
    private final LoopControl loops = new LoopControl();
    private final CompoundRunner compounds;
    private final JobControl jobs;
    /** Runs `… &`: starts a background job and returns its status (0). */
    private final Launcher launcher;
    private int depth;
    /** True while a command line runs: a nested run (a container's shell is another runner) is not one. */
    private boolean running;
    /** True while a background job's commands run: their redirected output may keep going to files. */
    private boolean inBackground;
    /** The typed line, while it waits for its foreground job. */
    private LineState line;

    /** Starts the commands of one `… &` as a background job (printing "[1] 2104"). */
    @FunctionalInterface
    public interface Launcher {
        int launch(Script.AndOr list, Streams io);
    }

    public ScriptRunner(Environment env, FileSystem files, Map<String, Builtin> programs, Runnable afterCommand) {
        this(env, files, programs, afterCommand, name -> name + ": command not found", new JobControl(), null);
    }

    /** launcher: how `… &` starts a job; null runs it at once, in the foreground. */
    public ScriptRunner(Environment env, FileSystem files, Map<String, Builtin> programs, Runnable afterCommand,
                        UnaryOperator<String> notFound, JobControl jobs, Launcher launcher) {
        this.notFound = notFound;
        this.jobs = jobs;
        this.launcher = launcher;
        this.env = env;
        this.files = files;
        this.programs = programs;
        this.afterCommand = afterCommand;
        this.expander = new Expander(env, this::substitute);
        this.compounds = new CompoundRunner(this, env, files, expander, loops);
    }

    /** Runs one command line; an error that aborts the line (a bad $((…)), the loop limit) ends it with status 1. */
    public int run(Script script, Streams io) {
        if (running) {
            return list(script, io);
        }
        running = true;
        loops.startLine();
        try {
            return list(script, io);
        } catch (ShellAbort abort) {
            io.err().println(abort.getMessage());
            env.setLastStatus(1);
            return 1;
        } finally {
            running = false;
        }
    }

    /**
     * Runs a typed line. When a top-level command starts a foreground job the line stops there (the returned
     * status is meaningless then) until {@link #resumeLine} or {@link #abandonLine}.
     */
    public int runLine(Script script, Streams io) {
        line = new LineState(script, false);
        return continueLine(line, env.lastStatus(), io);
    }

    /** The foreground job ended with {@code status}: the rest of the line runs (and may start another job). */
    public int resumeLine(int status, Streams io) {
        env.setLastStatus(status);
        return continueLine(line, status, io);
    }

    /** Ctrl-C in a foreground job: the rest of its line does not run, as in bash. */
    public void abandonLine() {
        line = null;
    }

    /** The commands of a background job, ready to {@link #resume}. */
    public LineState background(Script.AndOr list) {
        return LineState.job(list);
    }

    /**
     * Runs a background job's commands from where they stopped (its process ended with {@code status}) up to the
     * next command that keeps running ({@link JobControl#started()}) or to their end ({@link LineState#done()}).
     */
    public int resume(LineState job, int status, Streams io) {
        return continueLine(job, status, io);
    }

    private int continueLine(LineState state, int status, Streams io) {
        if (state == null || state.done) {
            return status;
        }
        boolean outer = !running;
        boolean wasBackground = inBackground;
        running = true;
        inBackground = state.background;
        if (outer) {
            loops.startLine();
        }
        try {
            for (; state.listAt < state.script.lists().size(); state.listAt++, state.pipelineAt = 0) {
                Script.AndOr list = state.script.lists().get(state.listAt);
                if (list.background()) {
                    status = launch(list, io);
                    continue;
                }
                while (state.pipelineAt < list.pipelines().size()) {
                    int at = state.pipelineAt++;
                    if (at == 0 || list.ops().get(at - 1).equals("&&") == (status == 0)) {
                        status = pipeline(list.pipelines().get(at), io, true);
                        if (jobs.started() != null) {
                            return status;
                        }
                    }
                }
            }
            state.done = true;
            return status;
        } catch (ShellAbort abort) {
            state.done = true;
            io.err().println(abort.getMessage());
            env.setLastStatus(1);
            return 1;
        } finally {
            running = !outer;
            inBackground = wasBackground;
        }
    }

    /** `… &`: a job of its own (or, without job control here, the commands at once); $? is then 0. */
    private int launch(Script.AndOr list, Streams io) {
        int status = launcher == null ? andOr(new Script.AndOr(list.pipelines(), list.ops()), io)
                : launcher.launch(list, io);
        env.setLastStatus(status);
        return status;
    }

    int list(Script script, Streams io) {
        int status = env.lastStatus();
        for (Script.AndOr list : script.lists()) {
            status = andOr(list, io);
        }
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
        return pipeline(pipeline, io, false);
    }

    /** foreground: the pipeline is at the top of a typed line, so its last command may keep running. */
    private int pipeline(Script.Pipeline pipeline, Streams io, boolean foreground) {
        String input = io.in();
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
            status = last && foreground && !pipeline.negated() && commands.get(i) instanceof Script.Simple simple
                    ? simple(simple, streams, true) : command(commands.get(i), streams);
            input = last ? "" : captured.text();
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

    private int command(Script.Command command, Streams io) {
        if (command instanceof Compound compound) {
            return compounds.run(compound, io);
        }
        return simple((Script.Simple) command, io, false);
    }

    private int simple(Script.Simple command, Streams io, boolean foreground) {
        List<Word> words = new ArrayList<>(command.words());
        List<Assignment> assignments = new ArrayList<>();
        while (!words.isEmpty() && Assignment.of(words.get(0)) != null) {
            assignments.add(Assignment.of(words.remove(0)));
        }
        boolean keepsRunning = foreground && (command.redirects().isEmpty() || inBackground);
        Redirections redirections = new Redirections(files, expander, keepsRunning);
        Redirections.Result redirected = redirections.apply(command.redirects(), io);
        if (redirected.error() != null) {
            io.err().println(redirected.error());
            return 1;
        }
        List<String> argv = expander.fields(aliased(words));
        if (argv.isEmpty()) {
            for (Assignment assignment : assignments) {
                env.set(assignment.name(), expander.single(assignment.value()));
            }
            redirections.flush();
            return 0;
        }
        int status;
        jobs.permit(keepsRunning);
        try {
            status = LoopControl.isJump(argv.get(0)) ? loops.jump(argv, redirected.streams())
                    : invoke(argv, redirected.streams());
            if (!command.redirects().isEmpty()) {
                jobs.redirected(redirected.streams()); // `kubectl port-forward … > pf.log &` keeps writing there
            }
        } finally {
            jobs.permit(false);
        }
        redirections.flush();
        afterCommand.run();
        return status;
    }

    /** Runs one command by name (what xargs needs). */
    public int invoke(List<String> argv, Streams io) {
        Builtin program = programs.get(argv.get(0));
        if (program == null) {
            io.err().println(notFound.apply(argv.get(0)));
            return 127;
        }
        return program.run(argv.subList(1, argv.size()), io);
    }

    /** Replaces a first word that names an alias with the alias's words. */
    private List<Word> aliased(List<Word> words) {
        if (words.isEmpty() || depth >= MAX_DEPTH) {
            return words;
        }
        String name = words.get(0).literalText();
        String value = name == null ? null : env.aliases().get(name);
        if (value == null) {
            return words;
        }
        Parsed parsed = Parser.parse(value);
        if (!(parsed instanceof Parsed.Complete complete) || complete.script().lists().size() != 1
                || complete.script().lists().get(0).pipelines().size() != 1
                || complete.script().lists().get(0).pipelines().get(0).commands().size() != 1
                || !(complete.script().lists().get(0).pipelines().get(0).commands().get(0) instanceof Script.Simple simple)) {
            return words; // only simple aliases (like k=kubectl) are supported
        }
        List<Word> replaced = new ArrayList<>(simple.words());
        replaced.addAll(words.subList(1, words.size()));
        return replaced;
    }

    private String substitute(String source) {
        if (depth >= MAX_DEPTH) {
            return "";
        }
        Parsed parsed = Parser.parse(source);
        if (!(parsed instanceof Parsed.Complete complete)) {
            return "";
        }
        StringSink out = new StringSink();
        depth++;
        int enclosingLoops = loops.suspend();
        try {
            int saved = env.lastStatus();
            list(complete.script(), new Streams(out, text -> { }, ""));
            env.setLastStatus(saved);
        } finally {
            depth--;
            loops.resume(enclosingLoops);
        }
        return out.text();
    }
}
