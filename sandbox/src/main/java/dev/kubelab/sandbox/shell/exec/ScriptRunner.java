package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Runs parsed scripts: lists and pipelines ({@link Pipelines}), simple commands with their redirections,
 * assignments and aliases ({@link SimpleCommands}), $(…) ({@link CommandSubstitution}) and compound commands
 * (loops, if, groups) through {@link CompoundRunner}. A typed line ({@link #runLine}) may
 * stop at a top-level command that keeps running in the foreground ({@link JobControl}) and go on from there when
 * that command ends ({@link #resumeLine}).
 */
public final class ScriptRunner {
    private final Environment env;
    private final LoopControl loops = new LoopControl();
    private final ProgramTable programs;
    /** Where a top-level command that keeps running has started its foreground job. */
    private final JobControl jobs;
    private final Pipelines pipelines;
    private final FileSystem files;
    /** A background job runs in a subshell: its changes to variables and the working directory stay its own. */
    private final Subshells subshells;
    /** True while a command line runs: a nested run (a container's shell is another runner) is not one. */
    private boolean running;
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

    /**
     * afterCommand runs after every command (the cluster's controllers react before the next command looks);
     * notFound is the shell's message for a command it cannot find; launcher: how `… &` starts a job, null runs it
     * at once, in the foreground.
     */
    public ScriptRunner(Environment env, FileSystem files, Map<String, Builtin> programs, Runnable afterCommand,
                        UnaryOperator<String> notFound, JobControl jobs, Launcher launcher) {
        this.env = env;
        this.jobs = jobs;
        this.programs = new ProgramTable(programs, notFound);
        CommandSubstitution substitution = new CommandSubstitution(env, loops, this::list);
        Expander expander = new Expander(env, substitution::output);
        this.files = files;
        this.subshells = new Subshells(env, files);
        SimpleCommands simple = new SimpleCommands(env, files, expander, new Aliases(env, substitution), loops, jobs,
                afterCommand, this.programs, subshells);
        CompoundRunner compounds = new CompoundRunner(this, env, files, expander, loops, subshells);
        this.pipelines = new Pipelines(env, simple, compounds, subshells, launcher);
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
        return subshells.isolated(() -> {
            if (job.scope != null) {
                job.scope.restore();
            }
            try {
                return continueLine(job, status, io);
            } catch (Subshells.Exit exit) {
                job.done = true;
                return exit.status;
            } finally {
                job.scope = Subshells.Scope.save(env, files);
            }
        });
    }

    private int continueLine(LineState state, int status, Streams io) {
        if (state == null || state.done) {
            return status;
        }
        boolean outer = !running;
        running = true;
        if (outer) {
            loops.startLine();
        }
        try {
            for (; state.listAt < state.script.lists().size(); state.listAt++, state.pipelineAt = 0) {
                Script.AndOr list = state.script.lists().get(state.listAt);
                if (list.background()) {
                    status = pipelines.launch(list, io);
                    continue;
                }
                while (state.pipelineAt < list.pipelines().size()) {
                    int at = state.pipelineAt++;
                    if (at == 0 || list.ops().get(at - 1).equals("&&") == (status == 0)) {
                        status = pipelines.topLevel(list.pipelines().get(at), io, state.background);
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
        }
    }

    int list(Script script, Streams io) {
        return pipelines.list(script, io);
    }

    /** Runs one command by name (what xargs needs). */
    public int invoke(List<String> argv, Streams io) {
        return programs.invoke(argv, io);
    }
}
