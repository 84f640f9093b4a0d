package dev.kubelab.sandbox;

import dev.kubelab.sandbox.apiserver.ApiServer;
import dev.kubelab.sandbox.apiserver.ApiServerConfig;
import dev.kubelab.sandbox.apiserver.ApiServerLifecycle;
import dev.kubelab.sandbox.apiserver.ApiServerManifest;
import dev.kubelab.sandbox.cluster.ClusterFacts;
import dev.kubelab.sandbox.cluster.StaticPodManifests;
import dev.kubelab.sandbox.cluster.StaticPodMirror;
import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.controller.ControllerManager;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TerminalSink;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.net.Network;
import dev.kubelab.sandbox.net.TraceLog;
import dev.kubelab.sandbox.shell.Completer;
import dev.kubelab.sandbox.shell.Shell;
import dev.kubelab.sandbox.shell.net.http.Browser;
import dev.kubelab.sandbox.shell.node.KubeadmNodeSetup;
import dev.kubelab.sandbox.store.ObjectStore;
import dev.kubelab.sandbox.view.ClusterView;
import dev.kubelab.sandbox.view.ClusterViews;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One learner's simulated cluster and the shell around it: the only door into the engine.
 * Not thread-safe by design: the platform serialises calls to one sandbox.
 */
public final class Sandbox {
    /** kubeadm's kube-apiserver manifest, parsed once for every sandbox (the parse is read-only). */
    private static final ApiServerManifest KUBEADM_APISERVER =
            ApiServerManifest.parse(StaticPodManifests.of("kube-apiserver"));
    private final ObjectStore store;
    private final SimClock clock;
    /** Deployments, ReplicaSets, the scheduler, the kubelets, Endpoints…: they react after every command. */
    private final ControllerManager controllers;
    /** Every kubectl write goes through it (defaulting, validation, ClusterIP/NodePort allocation). */
    private final ApiServer apiServer;
    /** The kube-apiserver static pod: the control plane's kubelet restarts it when its manifest changes. */
    private final ApiServerLifecycle apiServerPod;
    private final Shell shell;
    private final Completer completer;
    /** DNS, kube-proxy rules, the dataplane: what curl, nslookup and iptables on every host read. */
    private final Network network;

    private Sandbox(SimClock clock, ObjectStore store, Seed seed) {
        this.store = store;
        this.clock = clock;
        this.controllers = ControllerManager.create(store, seed);
        this.controllers.reconcile(clock.now()); // adopts the bootstrapped kube-system objects
        this.apiServer = new ApiServer(store, seed, clock, ApiServerConfig.kubeadmDefaults());
        this.apiServerPod = new ApiServerLifecycle(apiServer, StaticPodManifests.of("kube-apiserver"), KUBEADM_APISERVER,
                new StaticPodMirror(store, seed, "kube-apiserver"));
        this.network = new Network(store, seed, clock);
        Kubectl kubectl = new Kubectl(() -> Sandbox.this.shell.pods());
        this.shell = new Shell(kubectl,
                io -> new KubectlContext(store, apiServer, clock.now(), io, () -> Sandbox.this.shell.files(),
                        session -> Sandbox.this.shell.openEditor(session), Sandbox.this.shell.jobs(),
                        network.dataplane().forwards(), controllers.stdin()),
                clock, this::nodeAddresses, this::advance, network,
                new KubeadmNodeSetup(clock, clock.now(), apiServerPod, network));
        this.completer = new Completer(shell, kubectl, store);
    }

    /** Boots a fresh kubeadm v1.32 cluster (controlplane, node01, node02) in milliseconds. */
    public static Sandbox boot(long seed, SimClock clock) {
        ObjectStore store = new ObjectStore();
        Seed random = new Seed(seed);
        KubeadmBootstrap.bootstrap(store, random, clock.now());
        return new Sandbox(clock, store, random);
    }

    /** Runs one typed line, writing what a terminal would show to {@code out}. */
    public Outcome exec(String line, Output out) {
        return attached(out, io -> shell.exec(line, io));
    }

    /** Saves the text of an open editor (after {@link Outcome.Edit}); the command then finishes. */
    public Outcome save(String content, Output out) {
        Outcome saved = attached(out, io -> shell.save(content, io));
        watchManifests();
        return saved;
    }

    /** The editor a command is waiting on (to show it again after a reload), or empty. */
    public java.util.Optional<Outcome.Edit> openEditor() {
        var session = shell.editing();
        return session == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Outcome.Edit(session.path(), session.title(), session.content()));
    }

    /** True while a command waits for the editor to be saved or cancelled. */
    public boolean isEditing() {
        return shell.isEditing();
    }

    /**
     * After {@link Outcome.Running}: lets the cluster catch up with the clock, then writes what the running command
     * printed since to out. Returns {@link Outcome.Running} while it goes on, else how its line ended (the rest of
     * the line runs when the command ends by itself, and may open the editor or start another command).
     */
    public Outcome pump(Output out) {
        advance();
        Outcome outcome = attached(out, shell::pump);
        watchManifests();
        return outcome;
    }

    /** True while a command keeps running in the foreground (between {@link Outcome.Running} and its end). */
    public boolean isRunning() {
        return shell.isRunning();
    }

    /**
     * True while a job started with `&` runs (kubectl port-forward … &): its output comes with {@link #pump}, which
     * the platform then calls on its ticks even while no command runs in the foreground.
     */
    public boolean hasBackgroundJobs() {
        return shell.hasBackgroundJobs();
    }

    /** Ctrl-C: abandons a pending multi-line command, stops a running one or closes an open editor. */
    public void interrupt() {
        shell.interrupt();
    }

    /**
     * Ctrl-C or the editor's Cancel, with the cancelled command's last words (kubectl edit's) written to out;
     * returns the exit status the interrupted command ends with.
     */
    public int interrupt(Output out) {
        return attached(out, shell::interrupt);
    }

    public Completion complete(String line, int cursor) {
        return completer.complete(line, cursor);
    }

    /** The prompt to show before the next line, e.g. "controlplane:~$ ". */
    public String prompt() {
        return shell.prompt();
    }

    /** Lines entered so far, oldest first (what `history` prints). */
    public List<String> history() {
        return shell.history();
    }

    /** Lets the controllers catch up with the clock (pods start, crash, terminate…); true when the cluster changed. */
    public boolean advance() {
        watchManifests();
        return controllers.reconcile(clock.now());
    }

    /** Runs a call of the shell with out as the terminal, where running jobs write too while it lasts. */
    private <T> T attached(Output out, java.util.function.Function<Streams, T> call) {
        Streams io = Streams.both(new TerminalSink(out));
        shell.jobs().attach(io);
        try {
            return call.apply(io);
        } finally {
            shell.jobs().detach();
        }
    }

    /** The control plane's kubelet notices what the last command did to its static pod manifests. */
    private void watchManifests() {
        apiServerPod.observe(shell.nodeFiles(ClusterFacts.CONTROL_PLANE).read(StaticPodManifests.KUBE_APISERVER),
                clock.now());
    }

    /** Node name → InternalIP, for ssh. */
    private Map<String, String> nodeAddresses() {
        Map<String, String> nodes = new LinkedHashMap<>();
        ClusterViews.snapshot(store).nodes().forEach(n -> nodes.put(n.name(), n.internalIP()));
        return nodes;
    }

    /** Opens a URL in the lab's browser tab, from the laptop outside the cluster; its connection is traced too. */
    public Browser.Page browse(String url) {
        network.traces().clear();
        return shell.browser().open(url);
    }

    /** The connections the latest command opened (curl, wget…), with their hops, for the traffic view. */
    public List<TraceLog.Entry> connections() {
        return network.traces().entries();
    }

    public ClusterView view() {
        return ClusterViews.snapshot(store);
    }
}
