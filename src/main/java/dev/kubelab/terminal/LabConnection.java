package dev.kubelab.terminal;

import dev.kubelab.sandbox.view.ClusterView;

/** What one open socket knows: its lab session, the panel state it last sent, its tick timer. */
final class LabConnection {
    final LabSession session;
    ClusterView sentView;
    long timerId = -1;
    /** Lines and completions per terminal: 60 at once (a paste), then 20 a second. */
    final CommandRate rate = new CommandRate(60, 20, System.nanoTime());

    LabConnection(LabSession session) {
        this.session = session;
    }
}
