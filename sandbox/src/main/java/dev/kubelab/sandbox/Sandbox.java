package dev.kubelab.sandbox;

import dev.kubelab.sandbox.view.ClusterView;

import java.util.List;

/**
 * One learner's simulated cluster and the shell around it: the only door into the engine.
 * Not thread-safe by design: the platform serialises calls to one sandbox.
 */
public final class Sandbox {

    /** Boots a fresh kubeadm v1.32 cluster (controlplane, node01, node02) in milliseconds. */
    public static Sandbox boot(long seed, SimClock clock) {
        throw new UnsupportedOperationException("engine not built yet");
    }

    /** Runs one typed line, writing what a terminal would show to {@code out}. */
    public Outcome exec(String line, Output out) {
        throw new UnsupportedOperationException();
    }

    /** Ctrl-C: abandons a pending multi-line command (and, later, stops a streaming one). */
    public void interrupt() {
        throw new UnsupportedOperationException();
    }

    public Completion complete(String line, int cursor) {
        throw new UnsupportedOperationException();
    }

    /** The prompt to show before the next line, e.g. "controlplane:~$ ". */
    public String prompt() {
        throw new UnsupportedOperationException();
    }

    /** Lines entered so far, oldest first (what `history` prints). */
    public List<String> history() {
        throw new UnsupportedOperationException();
    }

    /** Lets controllers catch up with the clock; true when the cluster changed. */
    public boolean advance() {
        throw new UnsupportedOperationException();
    }

    public ClusterView view() {
        throw new UnsupportedOperationException();
    }
}
