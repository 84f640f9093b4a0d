package dev.kubelab.terminal;

import dev.kubelab.sandbox.view.ClusterView;

/** What one open socket knows: its lab session, the panel state it last sent, its tick timer, its running command. */
final class LabConnection {
    final LabSession session;
    ClusterView sentView;
    long timerId = -1;
    /** The exec id of this terminal's command that keeps running (kubectl get -w…), or -1. */
    long runningId = -1;
    /** Lines and completions per terminal: 60 at once (a paste), then 20 a second. */
    final CommandRate rate = new CommandRate(60, 20, System.nanoTime());

    LabConnection(LabSession session) {
        this.session = session;
    }
}
