package dev.kubelab.sandbox.shell;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.io.Streams;

/** The browser's editor while a command (vi, nano, kubectl edit) waits for it to be saved or cancelled. */
final class OpenEditor {
    private EditSession session;

    void open(EditSession opened) {
        session = opened;
    }

    void close() {
        session = null;
    }

    boolean isOpen() {
        return session != null;
    }

    /** The open file, or null. */
    EditSession session() {
        return session;
    }

    Outcome.Edit outcome() {
        return new Outcome.Edit(session.path(), session.title(), session.content());
    }

    /** Saves the text to the file being edited (or hands it to kubectl edit, which may reopen it). */
    Outcome save(String content, Streams io, Host here) {
        if (session == null) {
            return new Outcome.Exit(here.env.lastStatus());
        }
        EditSession saved = session;
        session = null;
        if (saved.handler() != null) {
            EditSession.Handler.Result result = saved.handler().saved(content, io);
            if (result.reopenWith() != null) {
                session = new EditSession(saved.path(), saved.title(), result.reopenWith(), saved.handler());
                return outcome();
            }
            here.env.setLastStatus(result.status());
            return new Outcome.Exit(result.status());
        }
        var error = here.files.write(saved.path(), content, false);
        error.ifPresent(e -> io.err().println("\"" + saved.title() + "\" E212: Can't open file for writing"));
        here.env.setLastStatus(error.isPresent() ? 1 : 0);
        return new Outcome.Exit(here.env.lastStatus());
    }

    /** Cancel: quitting vi with :q! is a normal exit (0); kubectl edit reports how the edit ended. */
    int cancel(Streams io) {
        EditSession cancelled = session;
        session = null;
        return cancelled.handler() == null ? 0 : cancelled.handler().cancelled(io);
    }
}
