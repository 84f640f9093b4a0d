package dev.kubelab.sandbox;

import dev.kubelab.sandbox.cluster.KubeadmBootstrap;
import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.io.TerminalSink;
import dev.kubelab.sandbox.kubectl.Kubectl;
import dev.kubelab.sandbox.kubectl.KubectlContext;
import dev.kubelab.sandbox.shell.Completer;
import dev.kubelab.sandbox.shell.Shell;
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
    private final ObjectStore store;
    /** Kept for the controllers to come (pod suffixes, IPs, iptables picks). */
    private final Seed seed;
    private final Shell shell;
    private final Completer completer;

    private Sandbox(SimClock clock, ObjectStore store, Seed seed) {
        this.store = store;
        this.seed = seed;
        Kubectl kubectl = new Kubectl();
        this.shell = new Shell(kubectl, io -> new KubectlContext(store, clock.now(), io), clock, this::nodeAddresses);
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
        return shell.exec(line, Streams.both(new TerminalSink(out)));
    }

    /** Saves the text of an open editor (after {@link Outcome.Edit}); the command then finishes. */
    public Outcome save(String content, Output out) {
        return shell.save(content, Streams.both(new TerminalSink(out)));
    }

    /** True while a command waits for the editor to be saved or cancelled. */
    public boolean isEditing() {
        return shell.isEditing();
    }

    /** Ctrl-C: abandons a pending multi-line command or closes an open editor (and, later, stops a streaming one). */
    public void interrupt() {
        shell.interrupt();
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

    /**
     * Lets controllers catch up with the clock; true when the cluster changed. The bootstrap leaves a
     * settled cluster and no controllers run yet, so nothing changes; controllers will hook in here.
     */
    public boolean advance() {
        return false;
    }

    /** Node name → InternalIP, for ssh. */
    private Map<String, String> nodeAddresses() {
        Map<String, String> nodes = new LinkedHashMap<>();
        ClusterViews.snapshot(store).nodes().forEach(n -> nodes.put(n.name(), n.internalIP()));
        return nodes;
    }

    public ClusterView view() {
        return ClusterViews.snapshot(store);
    }
}
