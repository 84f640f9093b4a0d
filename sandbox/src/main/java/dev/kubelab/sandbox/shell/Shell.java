package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.SimClock;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.Viewpoint;
import dev.kubelab.sandbox.net.World;
import dev.kubelab.sandbox.shell.builtin.ClearBuiltin;
import dev.kubelab.sandbox.shell.builtin.ConfiguredKubectl;
import dev.kubelab.sandbox.shell.builtin.EchoBuiltin;
import dev.kubelab.sandbox.shell.builtin.ExitBuiltin;
import dev.kubelab.sandbox.shell.builtin.HelpBuiltin;
import dev.kubelab.sandbox.shell.builtin.HistoryBuiltin;
import dev.kubelab.sandbox.shell.builtin.SshBuiltin;
import dev.kubelab.sandbox.shell.builtin.UnconfiguredKubectl;
import dev.kubelab.sandbox.shell.exec.ScriptRunner;
import dev.kubelab.sandbox.shell.job.Foreground;
import dev.kubelab.sandbox.shell.job.JobControl;
import dev.kubelab.sandbox.shell.net.http.Browser;
import dev.kubelab.sandbox.shell.node.NodeSetup;
import dev.kubelab.sandbox.shell.pod.PodLogin;
import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.vfs.FileSystem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The learner's bash: starts on the control plane, can ssh to the workers (a nested login each),
 * joins continuation lines, keeps history, and runs each line with the current host's programs.
 */
public final class Shell {
    static final String CONTINUATION_PROMPT = "> ";

    private final History history = new History();
    private final SimClock clock;
    private final List<Builtin> controlPlaneCommon;
    private final List<Builtin> workerCommon;
    private final Map<String, Host> hosts = new HashMap<>();
    /** The login chain: the control plane first, then each `ssh` on top. */
    private final Deque<Host> logins = new ArrayDeque<>();
    private final Supplier<Map<String, String>> nodes;
    private final Runnable afterCommand;
    private String pending;
    /** The file open in the browser's editor, while a vi/nano command waits for save or cancel. */
    private final OpenEditor editor = new OpenEditor();
    private final Host.Services services;
    /** Shells inside containers, for kubectl exec and kubectl run -it. */
    private final ContainerLogins containers;
    /** What curl, nslookup, iptables… on every host read and reach. */
    private final Network network;
    /** The nodes' own files and programs (manifests, ps). */
    private final NodeSetup nodeSetup;
    /** Where commands may keep running; the terminal's foreground (kubectl get -w…, fg, wait). */
    private final JobControl jobs = new JobControl();
    private final Foreground foreground = new Foreground(jobs);
    private final AllJobs background;

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
        this.nodeSetup = nodeSetup;
        this.clock = clock;
        this.nodes = nodes;
        this.afterCommand = afterCommand;
        this.network = network;
        this.services = new Host.Services(clock, editor::open, afterCommand, network.traces(), jobs);
        this.containers = new ContainerLogins(logins, services, network);
        this.background = new AllJobs(hosts, logins, clock);
        List<Builtin> common = List.of(new HelpBuiltin(), new ClearBuiltin(), new HistoryBuiltin(history),
                new EchoBuiltin(), new ExitBuiltin("exit", this::logout), new ExitBuiltin("logout", this::logout),
                new SshBuiltin(new SshRemote(this::sshTargets, logins, this::host)));
        this.controlPlaneCommon = concat(common, new ConfiguredKubectl(kubectl, kubectlContext));
        this.workerCommon = concat(common, new UnconfiguredKubectl(clock));
        logins.push(host("controlplane"));
    }

    public Outcome exec(String line, Streams io) {
        foreground.abandon(); // a line typed in another tab of the same lab: this shell has one foreground
        background.pump(io);
        String text = pending == null ? line : pending + line;
        Parsed parsed = Parser.parse(text);
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
            io.err().println(error.message());
            here.env.setLastStatus(2);
            here.jobs.notifyEnded(io);
            return new Outcome.Exit(2);
        }
        editor.close();
        network.traces().clear();
        jobs.spawn(); // the line's first command gets a pid of its own
        return ended(here.runner, here.runner.runLine(((Parsed.Complete) parsed).script(), io), io);
    }

    /** How a line (or the part of it after a foreground job) ended: still running, in the editor, or done. */
    private Outcome ended(ScriptRunner line, int status, Streams io) {
        if (foreground.claim(line)) {
            return pump(io); // what the job has to say at once (events of the command's own reconcile)
        }
        current().env.setLastStatus(status); // after exit from a container, $? is kubectl's status on the node
        if (editor.isOpen()) {
            return editor.outcome();
        }
        current().jobs.notifyEnded(io);
        return new Outcome.Exit(status);
    }

    /**
     * The background jobs print what happened since, then the foreground job; when that has finished, the rest of
     * its line runs. Without a foreground job only the background jobs move.
     */
    public Outcome pump(Streams io) {
        background.pump(io);
        if (!foreground.running()) {
            return new Outcome.Exit(current().env.lastStatus());
        }
        ScriptRunner line = foreground.line();
        OptionalInt finished = foreground.pump(clock.now(), io);
        if (finished.isEmpty()) {
            return new Outcome.Running();
        }
        return ended(line, finished.getAsInt(), io);
    }

    public boolean isRunning() {
        return foreground.running();
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
        if (foreground.running()) {
            int status = foreground.interrupt(io);
            current().env.setLastStatus(status);
            current().jobs.notifyEnded(io);
            return status;
        }
        if (editor.isOpen()) {
            current().env.setLastStatus(editor.cancel(io));
            return current().env.lastStatus();
        }
        current().env.setLastStatus(130);
        return 130;
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
        return new Browser(network, containers::changedFile);
    }

    /** What kubectl exec uses to enter a container's shell or run a command there. */
    public PodLogin pods() {
        return containers;
    }

    public FileSystem files() {
        return current().files;
    }

    /** A node's files, wherever the learner is logged in (what that node's kubelet watches). */
    public FileSystem nodeFiles(String node) {
        return host(node).files;
    }

    /** For completion: `k get po<Tab>` completes like `kubectl get po`. */
    public Map<String, String> aliases() {
        return current().env.aliases();
    }

    private Host current() {
        return logins.peek();
    }

    private Host host(String name) {
        return hosts.computeIfAbsent(name, this::newHost);
    }

    private Host newHost(String name) {
        if (name.equals(World.LAPTOP)) {
            return NetworkHosts.laptop(controlPlaneCommon, services, network);
        }
        Viewpoint here = Viewpoint.node(name, nodes.get().getOrDefault(name, ""));
        List<Builtin> own = new ArrayList<>(name.equals("controlplane") ? controlPlaneCommon : workerCommon);
        FileSystem files = new FileSystem();
        own.addAll(NetworkHosts.nodeTools(here, network, files, containers));
        own.addAll(nodeSetup.prepare(name, files));
        return Host.node(name, files, own, services);
    }

    /** Where ssh can go: the nodes, and the learner's laptop outside the cluster. */
    private Map<String, String> sshTargets() {
        Map<String, String> targets = new LinkedHashMap<>(nodes.get());
        targets.put(World.LAPTOP, World.LAPTOP_IP);
        return targets;
    }

    /** Leaves the current ssh login; null when on the first shell (nothing to leave). */
    private String logout() {
        if (logins.size() == 1) {
            return null;
        }
        Host left = logins.pop();
        left.jobs.hangUp();
        return left.name;
    }

    private static List<Builtin> concat(List<Builtin> common, Builtin kubectl) {
        List<Builtin> all = new ArrayList<>(common);
        all.add(kubectl);
        return all;
    }
}
