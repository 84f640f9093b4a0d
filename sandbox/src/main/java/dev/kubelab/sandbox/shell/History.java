package dev.kubelab.sandbox.shell;

import java.util.ArrayDeque;
import java.util.List;

/** bash's command history: the last {@value #CAPACITY} lines; numbers keep counting when old ones drop off. */
public final class History {
    static final int CAPACITY = 1000;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private int firstNumber = 1;

    public void add(String line) {
        if (lines.size() == CAPACITY) {
            lines.removeFirst();
            firstNumber++;
        }
        lines.addLast(line);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The number `history` shows for the oldest line kept. */
    public int firstNumber() {
        return firstNumber;
    }
}
