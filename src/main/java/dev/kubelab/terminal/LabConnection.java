package dev.kubelab.terminal;

import dev.kubelab.sandbox.view.ClusterView;

/** What one open socket knows: its lab session, the panel state it last sent, its tick timer. */
final class LabConnection {
    final LabSession session;
    ClusterView sentView;
    long timerId = -1;

    LabConnection(LabSession session) {
        this.session = session;
    }
}
