package dev.kubelab.sandbox.shell.job;

import dev.kubelab.sandbox.io.Streams;

/**
 * The terminal as running jobs see it: while the shell handles a line, a tick or Ctrl-C, what they write goes
 * straight to that call's output (so "Handling connection for 8080" comes before curl's answer); in between (the
 * browser tab opened a forwarded port) it waits for the next call.
 */
final class LiveTerminal {
    private Streams attached;
    private final StringBuilder pending = new StringBuilder();
    private final Streams streams = new Streams(this::write, this::write);

    void attach(Streams io) {
        attached = io;
        if (pending.length() > 0) {
            String text = pending.toString();
            pending.setLength(0);
            io.out().print(text);
        }
    }

    void detach() {
        attached = null;
    }

    Streams streams() {
        return streams;
    }

    private void write(String text) {
        if (attached != null) {
            attached.out().print(text);
        } else if (pending.length() < 64 * 1024) {
            pending.append(text);
        }
    }
}
