package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.builtin.AliasBuiltin;
import dev.kubelab.sandbox.shell.builtin.ClearBuiltin;
import dev.kubelab.sandbox.shell.builtin.DateBuiltin;
import dev.kubelab.sandbox.shell.builtin.FileCommands;
import dev.kubelab.sandbox.shell.builtin.LsBuiltin;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.EditorBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExitBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExportBuiltin;
import dev.kubelab.sandbox.shell.builtin.HelpBuiltin;
import dev.kubelab.sandbox.shell.builtin.HistoryBuiltin;
import dev.kubelab.sandbox.shell.builtin.SimpleBuiltins;
import dev.kubelab.sandbox.shell.exec.Environment;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.text.Awk;
import dev.kubelab.sandbox.shell.text.Cat;
import dev.kubelab.sandbox.shell.text.Cut;
import dev.kubelab.sandbox.shell.text.Grep;
import dev.kubelab.sandbox.shell.text.HeadTail;
import dev.kubelab.sandbox.shell.text.Sed;
import dev.kubelab.sandbox.shell.text.SortUniq;
import dev.kubelab.sandbox.shell.text.Tr;
import dev.kubelab.sandbox.shell.text.Wc;
import dev.kubelab.sandbox.shell.text.Xargs;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The learner's bash on the control plane: joins continuation lines, keeps history, parses the line
 * and hands it to the executor, which runs builtins, the text utilities and kubectl.
 */
public final class Shell {
    static final String CONTINUATION_PROMPT = "> ";

    private final History history = new History();
    private final Environment env = Environment.controlPlane();
    private final FileSystem files = new FileSystem();
    private final Map<String, Builtin> programs = new TreeMap<>();
    private final ScriptRunner executor;
    private String pending;
    /** The file open in the browser's editor, while a vi/nano command waits for save or cancel. */
    private EditSession editing;

    /** kubectlContext gives kubectl its view of the cluster (store, the clock's now) for one run. */
    public Shell(Kubectl kubectl, Function<Streams, KubectlContext> kubectlContext, SimClock clock) {
        List<Builtin> all = new ArrayList<>(List.of(new HelpBuiltin(), new ClearBuiltin(), new HistoryBuiltin(history),
                new EchoBuiltin(), new ExitBuiltin(), new ExportBuiltin(env), new AliasBuiltin(env, false),
                new AliasBuiltin(env, true), new Grep(files), HeadTail.head(files), HeadTail.tail(files),
                new Wc(files), SortUniq.sort(files), SortUniq.uniq(files), new Cut(files), new Tr(), new Awk(files),
                new Sed(files), new Cat(files)));
        all.addAll(SimpleBuiltins.all(env, files));
        all.addAll(FileCommands.all(files, env));
        all.add(new LsBuiltin(files));
        all.add(new DateBuiltin(clock));
        for (String editor : List.of("vi", "vim", "nano")) {
            all.add(new EditorBuiltin(editor, files, session -> editing = session));
        }
        all.forEach(b -> programs.put(b.name(), b));
        programs.put("kubectl", new Builtin() {
            @Override
            public String name() {
                return "kubectl";
            }

            @Override
            public int run(List<String> args, Streams io) {
                return kubectl.run(args, kubectlContext.apply(io));
            }
        });
        this.executor = new ScriptRunner(env, files, programs);
        Xargs xargs = new Xargs(executor::invoke);
        programs.put(xargs.name(), xargs);
    }

    public Outcome exec(String line, Streams io) {
        String text = pending == null ? line : pending + line;
        Parsed parsed = Parser.parse(text);
        if (parsed instanceof Parsed.Incomplete incomplete) {
            // bash drops a backslash-newline; anything else open keeps the newline.
            pending = incomplete.trailingBackslash() ? text.substring(0, text.length() - 1) : text + "\n";
            return new Outcome.More(CONTINUATION_PROMPT);
        }
        pending = null;
        if (text.isBlank()) {
            return new Outcome.Exit(env.lastStatus());
        }
        history.add(text);
        if (parsed instanceof Parsed.SyntaxError error) {
            io.err().println(error.message());
            env.setLastStatus(2);
            return new Outcome.Exit(2);
        }
        editing = null;
        int status = executor.run(((Parsed.Complete) parsed).script(), io);
        env.setLastStatus(status);
        if (editing != null) {
            return new Outcome.Edit(editing.path(), editing.title(), editing.content());
        }
        return new Outcome.Exit(status);
    }

    /** Saves the editor's text to the file being edited; the command then ends. */
    public Outcome save(String content, Streams io) {
        if (editing == null) {
            return new Outcome.Exit(env.lastStatus());
        }
        EditSession session = editing;
        editing = null;
        var error = files.write(session.path(), content, false);
        error.ifPresent(e -> io.err().println("\"" + session.title() + "\" E212: Can't open file for writing"));
        env.setLastStatus(error.isPresent() ? 1 : 0);
        return new Outcome.Exit(env.lastStatus());
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** Ctrl-C: forget a half-typed multi-line command; closes an open editor without saving. */
    public void interrupt() {
        pending = null;
        if (editing != null) {
            editing = null;
            env.setLastStatus(0); // quitting vi with :q! is a normal exit
            return;
        }
        env.setLastStatus(130);
    }

    public String prompt() {
        return pending == null ? new Prompt("controlplane", directory()).text() : CONTINUATION_PROMPT;
    }

    public List<String> history() {
        return history.lines();
    }

    /** The words that may start a command line, sorted. */
    public List<String> commandNames() {
        return new ArrayList<>(programs.keySet());
    }

    /** The working directory as bash's \\w shows it: ~ for home, ~/x below it. */
    private String directory() {
        String cwd = files.cwd();
        String home = env.get("HOME").orElse("/root");
        return cwd.equals(home) ? "~" : cwd.startsWith(home + "/") ? "~" + cwd.substring(home.length()) : cwd;
    }

    public FileSystem files() {
        return files;
    }

    /** Expands aliases for completion: `k get po<TAB>` completes like `kubectl get po`. */
    public Map<String, String> aliases() {
        return env.aliases();
    }
}
