package dev.kubelab.sandbox.io;

/**
 * A command's standard input: the text still unread, shared by every command that reads the same descriptor —
 * so each `read` in `while read line; do …; done < file` takes the next line. The terminal is empty here: the
 * engine answers a typed line in one go, nothing more can be typed while it runs.
 */
public final class Stdin {
    private final String text;
    private final boolean terminal;
    private int at;

    private Stdin(String text, boolean terminal) {
        this.text = text;
        this.terminal = terminal;
    }

    public static Stdin of(String text) {
        return new Stdin(text == null ? "" : text, false);
    }

    /** The lab terminal: nothing to read. */
    public static Stdin terminal() {
        return new Stdin("", true);
    }

    public boolean isTerminal() {
        return terminal;
    }

    /** What has not been read yet. */
    public String rest() {
        return at == 0 ? text : text.substring(at);
    }

    /** Takes the next character; -1 at the end. */
    public int next() {
        return at < text.length() ? text.charAt(at++) : -1;
    }
}
