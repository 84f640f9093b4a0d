package dev.kubelab.sandbox.shell;

import java.util.ArrayDeque;
import java.util.List;

/** bash's command history: the last {@value #CAPACITY} lines; numbers keep counting when old ones drop off. */
public final class History {
    static final int CAPACITY = 1000;
    /** Keeps an idle sandbox small even after huge pastes (the browser also gets the history on reconnect). */
    static final int MAX_CHARS = 64 * 1024;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private int firstNumber = 1;
    private int chars;

    public void add(String line) {
        lines.addLast(line);
        chars += line.length();
        while (lines.size() > CAPACITY || (chars > MAX_CHARS && lines.size() > 1)) {
            chars -= lines.removeFirst().length();
            firstNumber++;
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The number `history` shows for the oldest line kept. */
    public int firstNumber() {
        return firstNumber;
    }
}
