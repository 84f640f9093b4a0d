package dev.kubelab.sandbox.shell.builtin;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.Builtin;
import dev.kubelab.sandbox.shell.History;

import java.util.List;

/** `history`: bash's listing, the number right-aligned in 5 columns, two spaces, the line. */
public final class HistoryBuiltin implements Builtin {
    private final History history;

    public HistoryBuiltin(History history) {
        this.history = history;
    }

    @Override
    public String name() {
        return "history";
    }

    @Override
    public int run(List<String> args, Streams io) {
        int number = history.firstNumber();
        StringBuilder sb = new StringBuilder();
        for (String line : history.lines()) {
            sb.append(String.format("%5d  %s\n", number++, line));
        }
        io.out().print(sb.toString());
        return 0;
    }
}
