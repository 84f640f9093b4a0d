package dev.kubelab.terminal;

/** What the browser may send (see docs/protocol.md). */
sealed interface ClientMessage {
    record Exec(long id, String line) implements ClientMessage {}

    record Complete(long id, String line, int cursor) implements ClientMessage {}

    record Interrupt(long id) implements ClientMessage {}

    record Reset() implements ClientMessage {}

    /** The browser tab: open this URL from the laptop outside the cluster. */
    record Browse(String url) implements ClientMessage {}

    /** The editor's Save: the text for the file that command {@code id} opened. */
    record FileSave(long id, String path, String content) implements ClientMessage {}
}
