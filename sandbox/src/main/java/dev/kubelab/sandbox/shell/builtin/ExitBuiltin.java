package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/**
 * `exit` on the control-plane host. bash would print "logout" and close the terminal; the lab
 * terminal cannot be closed, so we print "logout", say so, and keep the session usable.
 * (Inside `ssh node01` or `kubectl exec`, exit will leave that context — later.)
 */
public final class ExitBuiltin implements Builtin {
    @Override
    public String name() {
        return "exit";
    }

    @Override
    public int run(List<String> args, Streams io) {
        io.out().println("logout");
        io.out().println("(This is the lab's main terminal on controlplane; it stays open.)");
        return 0;
    }
}
