package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.Word;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one simple command: its leading assignments, its redirections, an alias in first place, then the program
 * (or break/continue) its first word names.
 */
final class SimpleCommands {
    private final Environment env;
    private final FileSystem files;
    private final Expander expander;
    private final Aliases aliases;
    private final LoopControl loops;
    private final JobControl jobs;
    /** Runs after every command: the cluster's controllers react before the next command looks. */
    private final Runnable afterCommand;
    private final ProgramTable programs;
    private final Subshells subshells;

    SimpleCommands(Environment env, FileSystem files, Expander expander, Aliases aliases, LoopControl loops,
                   JobControl jobs, Runnable afterCommand, ProgramTable programs, Subshells subshells) {
        this.subshells = subshells;
        this.env = env;
        this.files = files;
        this.expander = expander;
        this.aliases = aliases;
        this.loops = loops;
        this.jobs = jobs;
        this.afterCommand = afterCommand;
        this.programs = programs;
    }

    /** mayKeepRunning: the command may go on as a foreground job ({@link JobControl#permit}). */
    int run(Script.Simple command, Streams io, boolean mayKeepRunning) {
        List<Word> words = new ArrayList<>(command.words());
        List<Assignment> assignments = new ArrayList<>();
        while (!words.isEmpty() && Assignment.of(words.get(0)) != null) {
            assignments.add(Assignment.of(words.remove(0)));
        }
        Redirections redirections = new Redirections(files, expander, mayKeepRunning);
        Redirections.Result redirected = redirections.apply(command.redirects(), io);
        if (redirected.error() != null) {
            io.err().println(redirected.error());
            return 1;
        }
        List<String> argv = expander.fields(aliases.expand(words));
        if (argv.isEmpty()) {
            for (Assignment assignment : assignments) {
                env.set(assignment.name(), expander.single(assignment.value()));
            }
            redirections.flush();
            return 0;
        }
        if (argv.get(0).equals("exit") && subshells.inSubshell()) {
            redirections.flush();
            throw Subshells.exit(argv, env.lastStatus());
        }
        int status;
        TemporaryAssignments temporary = TemporaryAssignments.apply(env, assignments, expander);
        jobs.permit(mayKeepRunning);
        try {
            status = LoopControl.isJump(argv.get(0)) ? loops.jump(argv, redirected.streams())
                    : programs.invoke(argv, redirected.streams());
            if (!command.redirects().isEmpty()) {
                jobs.redirected(redirected.streams()); // `kubectl port-forward … > pf.log &` keeps writing there
            }
        } finally {
            jobs.permit(false);
            temporary.undo();
        }
        redirections.flush();
        afterCommand.run();
        return status;
    }
}
