package dev.kubelab.terminal;

import dev.kubelab.sandbox.Outcome;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;

/**
 * What the server tells one terminal about its lab: the greeting, how each command ended, the running command's
 * and background jobs' output on every tick, and the cluster panel's changes. Callers hold the session's lock.
 */
final class LabReplies {
    private final ServerMessages messages;
    private final StateDiff states;

    LabReplies(ServerMessages messages, StateDiff states) {
        this.messages = messages;
        this.states = states;
    }

    /** Tells the browser how command {@code id} ended: a prompt for more, an editor, its exit — or that it runs on. */
    void conclude(long id, Outcome outcome, WebSocketConnection connection, LabConnection lc) {
        if (outcome instanceof Outcome.Running) {
            lc.runningId = id; // its output comes with the ticks, its exit when it ends or on interrupt
            lc.session.runningFor(id);
        } else if (outcome instanceof Outcome.More more) {
            send(connection, messages.more(id, more.prompt()));
        } else if (outcome instanceof Outcome.Edit edit) {
            lc.session.editorOpenedBy(id);
            send(connection, messages.editorOpen(id, edit.path(), edit.title(), edit.content()));
        } else {
            finish(connection, lc, id, ((Outcome.Exit) outcome).code());
        }
        pushChanges(connection, lc);
    }

    void finish(WebSocketConnection connection, LabConnection lc, long id, int code) {
        send(connection, messages.exit(id, code));
        send(connection, messages.prompt(lc.session.currentPrompt()));
    }

    /** Everything a fresh or reconnected terminal needs, in protocol order. */
    void greet(WebSocketConnection connection, LabConnection lc) {
        LabSession session = lc.session;
        send(connection, messages.replay(session.transcript()));
        send(connection, messages.history(session.sandbox().history()));
        session.sandbox().advance();
        lc.sentView = session.sandbox().view();
        send(connection, messages.state(states.full(lc.sentView)));
        send(connection, messages.prompt(session.currentPrompt()));
        // A reload while vi was open: show the editor again; the browser keeps unsaved text it still has.
        session.sandbox().openEditor().ifPresent(edit -> send(connection,
                messages.editorOpen(session.editorCommandId(), edit.path(), edit.title(), edit.content())));
    }

    void pushChanges(WebSocketConnection connection, LabConnection lc) {
        var now = lc.session.sandbox().view();
        states.between(lc.sentView, now).ifPresent(diff -> send(connection, messages.state(diff)));
        lc.sentView = now;
    }

    /** Runs on the event loop: never wait for a busy sandbox, just try again next tick. */
    void tick(WebSocketConnection connection, LabConnection lc) {
        if (!connection.isOpen() || !lc.session.lock().tryLock()) {
            return;
        }
        try {
            if (lc.runningId >= 0) {
                streamRunning(connection, lc); // pushes the changes too
            } else if (lc.session.sandbox().hasBackgroundJobs() && !lc.session.isRunning()) {
                // `cmd &` at an idle prompt: its output ("Handling connection for 8080", "[1]+  Done") now
                lc.session.pump(data -> send(connection, messages.backgroundOutput(data)));
                pushChanges(connection, lc);
            } else {
                lc.session.sandbox().advance();
                pushChanges(connection, lc); // also picks up what another tab of the same lab changed
            }
        } finally {
            lc.session.lock().unlock();
        }
    }

    /** The terminal's running command prints what happened since the last tick; its exit once it has ended. */
    void streamRunning(WebSocketConnection connection, LabConnection lc) {
        long id = lc.runningId;
        if (!lc.session.isRunning(id)) { // ended elsewhere: another tab typed a line or reset the lab
            lc.runningId = -1;
            finish(connection, lc, id, 130);
            pushChanges(connection, lc);
            return;
        }
        Outcome outcome;
        try {
            outcome = lc.session.pump(data -> send(connection, messages.output(id, data)));
        } catch (RuntimeException e) {
            Log.errorf(e, "running command failed inside the engine");
            lc.session.interrupt(data -> { });
            send(connection, messages.output(id, "internal error: the simulator could not run this command\r\n"));
            outcome = new Outcome.Exit(1);
        }
        if (!(outcome instanceof Outcome.Running)) {
            lc.runningId = -1;
        }
        conclude(id, outcome, connection, lc);
    }

    /** Keeps frames in order: waits on worker threads, queues asynchronously on the event loop. */
    static void send(WebSocketConnection connection, String frame) {
        if (!connection.isOpen()) {
            return;
        }
        if (Context.isOnEventLoopThread()) {
            connection.sendText(frame).subscribe().with(ok -> { }, failure -> { });
            return;
        }
        try {
            connection.sendTextAndAwait(frame);
        } catch (RuntimeException e) {
            // The browser went away mid-answer (reload, closed tab): nothing to report.
            Log.debugf("frame not delivered, connection %s closed", connection.id());
        }
    }
}
