package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.shell.builtin.ClearBuiltin;
import dev.kubelab.sandbox.shell.builtin.ConfiguredKubectl;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.HelpBuiltin;
import dev.kubelab.sandbox.shell.builtin.HistoryBuiltin;
import dev.kubelab.sandbox.shell.builtin.UnconfiguredKubectl;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.net.http.Browser;
import dev.kubelab.sandbox.shell.node.NodeSetup;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The learner's bash: starts on the control plane, can ssh to the workers (a nested login each),
 * joins continuation lines, keeps history, and runs each line with the current host's programs.
 */
public final class Shell {
    static final String CONTINUATION_PROMPT = "> ";

    private final History history = new History();
    private String pending;
    /** The file open in the browser's editor, while a vi/nano command waits for save or cancel. */
    private final OpenEditor editor = new OpenEditor();
    /** The hosts and the login chain; each host's programs. */
    private final Logins logins;
    /** What curl, nslookup, iptables… on every host read and reach. */
    private final Network network;
    /** Where commands may keep running; the terminal's foreground (kubectl get -w…, fg, wait). */
    private final JobControl jobs = new JobControl();
    private final AllJobs background;
    /** The typed line while it runs: its foreground job or editor. */
    private final RunningLine running;

    public Shell(Kubectl kubectl, Function<Streams, KubectlContext> kubectlContext, SimClock clock,
                 Supplier<Map<String, String>> nodes, Runnable afterCommand, Network network) {
        this(kubectl, kubectlContext, clock, nodes, afterCommand, network, NodeSetup.NONE);
    }

    /**
     * kubectlContext gives kubectl its view of the cluster (store, the clock's now) for one run;
     * nodes lists the node names and InternalIPs one can ssh to; afterCommand runs after each command.
     */
    public Shell(Kubectl kubectl, Function<Streams, KubectlContext> kubectlContext, SimClock clock,
                 Supplier<Map<String, String>> nodes, Runnable afterCommand, Network network, NodeSetup nodeSetup) {
        this.network = network;
        Host.Services services = new Host.Services(clock, editor::open, afterCommand, network.traces(), jobs);
        List<Builtin> shellBuiltins = List.of(new HelpBuiltin(), new ClearBuiltin(), new HistoryBuiltin(history),
                new EchoBuiltin());
        this.logins = new Logins(shellBuiltins, new ConfiguredKubectl(kubectl, kubectlContext),
                new UnconfiguredKubectl(clock), nodes, services, network, nodeSetup);
        this.background = logins.allJobs();
        this.running = new RunningLine(clock, jobs, editor, background, network.traces(), this::current);
    }

    public Outcome exec(String line, Streams io) {
        running.newLine(io);
        String text = pending == null ? line : pending + line;
        Parsed parsed = Parser.parse(text, current().env.shell());
        if (parsed instanceof Parsed.Incomplete incomplete) {
            // bash drops a backslash-newline; anything else open keeps the newline.
            pending = incomplete.trailingBackslash() ? text.substring(0, text.length() - 1) : text + "\n";
            return new Outcome.More(CONTINUATION_PROMPT);
        }
        pending = null;
        Host here = current();
        if (text.isBlank()) {
            here.jobs.notifyEnded(io);
            return new Outcome.Exit(here.env.lastStatus());
        }
        history.add(text);
        if (parsed instanceof Parsed.SyntaxError error) {
            io.err().println(here.syntaxError.apply(error.token()));
            here.env.setLastStatus(2);
            here.jobs.notifyEnded(io);
            return new Outcome.Exit(2);
        }
        return running.start(here, ((Parsed.Complete) parsed).script(), io);
    }

    /**
     * The background jobs print what happened since, then the foreground job; when that has finished, the rest of
     * its line runs. Without a foreground job only the background jobs move.
     */
    public Outcome pump(Streams io) {
        return running.pump(io);
    }

    public boolean isRunning() {
        return running.running();
    }

    /** True while a job started with `&` runs on some host (the platform then ticks even at the prompt). */
    public boolean hasBackgroundJobs() {
        return background.anyRunning();
    }

    /** Saves the editor's text to the file being edited (or hands it to kubectl edit); the command then ends. */
    public Outcome save(String content, Streams io) {
        return editor.save(content, io, current());
    }

    public boolean isEditing() {
        return editor.isOpen();
    }

    /** The open editor's file, for a reconnecting browser; null when none is open. */
    public EditSession editing() {
        return editor.session();
    }

    /** Ctrl-C: forget a half-typed multi-line command; closes an open editor without saving. */
    public void interrupt() {
        interrupt(Streams.both(text -> { }));
    }

    /** Ctrl-C, or Cancel in the editor; what the cancelled command says (kubectl edit's message) goes to io. */
    public int interrupt(Streams io) {
        pending = null;
        return running.interrupt(io);
    }

    /** Opens the browser's editor for a command (kubectl edit); the command's line then waits for it. */
    public void openEditor(EditSession session) {
        editor.open(session);
    }

    public String prompt() {
        return pending == null ? current().prompt() : CONTINUATION_PROMPT;
    }

    /** Where kubectl (and the builtins) may start a foreground job. */
    public JobControl jobs() {
        return jobs;
    }

    public List<String> history() {
        return history.lines();
    }

    /** The words that may start a command line on the current host, sorted. */
    public List<String> commandNames() {
        return new ArrayList<>(current().programs.keySet());
    }

    /** The browser tab: pages as the laptop sees them (edited pages included). */
    public Browser browser() {
        return new Browser(network, logins.containers()::changedFile);
    }

    /** What kubectl exec uses to enter a container's shell or run a command there. */
    public PodLogin pods() {
        return logins.containers();
    }

    public FileSystem files() {
        return current().files;
    }

    /** A node's files, wherever the learner is logged in (what that node's kubelet watches). */
    public FileSystem nodeFiles(String node) {
        return logins.host(node).files;
    }

    /** For completion: `k get po<Tab>` completes like `kubectl get po`. */
    public Map<String, String> aliases() {
        return current().env.aliases();
    }

    private Host current() {
        return logins.current();
    }
}
