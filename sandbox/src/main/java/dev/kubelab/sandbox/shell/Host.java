package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.net.TraceLog;
import dev.kubelab.sandbox.shell.net.TraceBuiltin;
import dev.kubelab.sandbox.shell.builtin.AliasBuiltin;
import dev.kubelab.sandbox.shell.builtin.DateBuiltin;
import dev.kubelab.sandbox.shell.builtin.EditorBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExportBuiltin;
import dev.kubelab.sandbox.shell.builtin.FileCommands;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.builtin.SleepBuiltin;
import dev.kubelab.sandbox.shell.builtin.WatchBuiltin;
import dev.kubelab.sandbox.shell.files.Find;
import dev.kubelab.sandbox.shell.files.Ls;
import dev.kubelab.sandbox.shell.files.ProgramFolders;
import dev.kubelab.sandbox.shell.files.Stat;
import dev.kubelab.sandbox.shell.files.Uname;
import dev.kubelab.sandbox.shell.files.Which;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.job.JobBuiltins;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.job.JobTable;
import dev.kubelab.sandbox.shell.node.Sudo;
import dev.kubelab.sandbox.shell.text.Base64;
import dev.kubelab.sandbox.shell.text.Diff;
import dev.kubelab.sandbox.shell.text.Pager;
import dev.kubelab.sandbox.shell.text.Tee;
import dev.kubelab.sandbox.shell.text.TextTools;
import dev.kubelab.sandbox.shell.text.Userland;
import dev.kubelab.sandbox.shell.text.Xargs;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One machine the learner can be logged in to — a lab node, or a container's shell: its files, variables,
 * aliases and installed programs.
 */
final class Host {
    /** How the shell's prompt looks for a working directory and home directory. */
    interface PromptStyle {
        String render(String cwd, String home);
    }

    /**
     * What every host's programs need from the sandbox: the clock (date), the editor, the controllers' turn, the
     * connection log, the terminal's foreground.
     */
    record Services(SimClock clock, Consumer<EditSession> editor, Runnable afterCommand, TraceLog traces,
                    JobControl jobs) {}

    final String name;
    final Environment env;
    final FileSystem files;
    final Map<String, Builtin> programs = new TreeMap<>();
    final ScriptRunner runner;
    /** The jobs this host's shell started with `&`. */
    final JobTable jobs;
    private final PromptStyle promptStyle;
    /** What this host's shell prints for a syntax error at a token (bash, busybox ash and dash differ). */
    final UnaryOperator<String> syntaxError;

    /**
     * own: the builtins of this kind of host (help, history, ssh, exit, kubectl … on a node); absent: standard
     * programs this host lacks (nano in a busybox image); folders: the PATH folder of each program (for which);
     * notFound: the shell's message for an unknown command; syntaxError: its message for a syntax error at a token.
     */
    Host(String name, Environment env, FileSystem files, List<Builtin> own, Set<String> absent,
         UnaryOperator<String> folders, Services services, UnaryOperator<String> notFound,
         UnaryOperator<String> syntaxError, PromptStyle promptStyle) {
        this.syntaxError = syntaxError;
        this.name = name;
        this.env = env;
        this.files = files;
        this.promptStyle = promptStyle;
        this.jobs = new JobTable(services.jobs(), env, this::runner, services.clock());
        List<Builtin> all = new ArrayList<>(own);
        all.addAll(JobBuiltins.all(jobs, services.jobs()));
        all.addAll(List.of(new ExportBuiltin(env), new AliasBuiltin(env, false), new AliasBuiltin(env, true),
                new Ls(files, services.clock(), Ls.Flavor.GNU), new DateBuiltin(services.clock()), new SleepBuiltin(services.jobs(), Userland.GNU)));
        all.addAll(TextTools.of(files, Userland.GNU));
        all.addAll(List.of(new Tee(files, Userland.GNU), new Base64(files, Userland.GNU), new Which(programs::containsKey, folders),
                Uname.ubuntu(() -> env.get("HOSTNAME").orElse(name)), new Find(files, false),
                new Stat(files, Stat.NODE_DISK, false), new Diff(files, false), Pager.less(files), Pager.more(files)));
        all.addAll(SimpleBuiltins.all(env, files));
        all.addAll(FileCommands.all(files, env));
        for (String program : List.of("vi", "vim", "nano")) {
            all.add(new EditorBuiltin(program, files, services.editor()));
        }
        all.stream().filter(b -> !absent.contains(b.name())).forEach(b -> programs.putIfAbsent(b.name(), b));
        this.runner = new ScriptRunner(env, files, programs, services.afterCommand(), notFound, services.jobs(),
                jobs::launch);
        Xargs xargs = new Xargs(runner::invoke);
        if (!absent.contains(xargs.name())) {
            programs.put(xargs.name(), xargs);
        }
        programs.put("trace", new TraceBuiltin(runner::invoke, services.traces()));
        if (!absent.contains("watch")) {
            programs.put("watch", new WatchBuiltin(services.jobs(), services.clock(), name, this::runLine));
        }
    }

    private ScriptRunner runner() {
        return runner;
    }

    /** Runs a command line as `sh -c` would, for watch; a line that does not parse prints sh's complaint. */
    private void runLine(String line, Streams io) {
        Parsed parsed = Parser.parse(line, env.shell());
        if (parsed instanceof Parsed.Complete complete) {
            runner.run(complete.script(), io);
        } else {
            io.err().println(parsed instanceof Parsed.SyntaxError error ? syntaxError.apply(error.token())
                    : "sh: 1: Syntax error: end of file unexpected");
        }
    }

    /** A lab node: bash's "host:dir$ " prompt with the home directory shown as ~. */
    static Host node(String name, FileSystem files, List<Builtin> common, Services services) {
        Host node = new Host(name, Environment.forHost(name), files, common, Set.of(), ProgramFolders::ubuntu, services,
                program -> program + ": command not found", Host::loginBash, (cwd, home) -> name + ":" + tilde(cwd, home) + "$ ");
        node.programs.putIfAbsent("sudo", new Sudo(node.runner::invoke, node.programs::containsKey));
        return node;
    }

    /** A login bash's syntax error (its $0 is -bash). */
    static String loginBash(String token) {
        return new Parsed.SyntaxError(token).message();
    }

    /** The working directory as bash's \w shows it: ~ for home, ~/x below it. */
    static String tilde(String cwd, String home) {
        return cwd.equals(home) ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
    }

    String prompt() {
        return promptStyle.render(files.cwd(), env.get("HOME").orElse("/root"));
    }
}
