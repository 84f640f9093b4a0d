package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;
import java.util.function.Supplier;

/**
 * exit (and logout): leaves an ssh session with ssh's messages. On the control plane bash would
 * close the terminal; the lab terminal cannot close, so it says so and stays usable.
 */
public final class ExitBuiltin implements Builtin {
    private final String name;
    /** Leaves the current login; returns the host left, or null when on the first (control-plane) shell. */
    private final Supplier<String> logout;

    public ExitBuiltin(String name, Supplier<String> logout) {
        this.name = name;
        this.logout = logout;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int run(List<String> args, Streams io) {
        String left = logout.get();
        io.out().println("logout");
        if (left == null) {
            io.out().println("(This is the lab's main terminal on controlplane; it stays open.)");
        } else {
            io.out().println("Connection to " + left + " closed.");
        }
        return 0;
    }
}
