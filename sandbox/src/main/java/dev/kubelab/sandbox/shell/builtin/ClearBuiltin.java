package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;

import java.util.List;

/** `clear`: cursor home, erase screen, erase scrollback — what ncurses' clear sends on xterm. */
public final class ClearBuiltin implements Builtin {
    @Override
    public String name() {
        return "clear";
    }

    @Override
    public int run(List<String> args, Streams io) {
        io.out().print("\u001b[H\u001b[2J\u001b[3J");
        return 0;
    }
}
