package dev.kubelab.terminal;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.net.TraceLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.List;

/**
 * The lab terminal: /ws/lab/{slug}. One learner's sandbox per lab, found again on reconnect through
 * the session cookie. Protocol: docs/protocol.md.
 */
@WebSocket(path = "/ws/lab/{slug}")
public class LabSocket {

    private static final UserData.TypedKey<LabConnection> LAB = new UserData.TypedKey<>("lab");

    private final HandshakeGuard guard;
    private final SandboxRegistry registry;
    private final ProtocolReader reader;
    private final ServerMessages messages;
    private final StateDiff states;
    private final TerminalConfig config;
    private final Vertx vertx;
    private final Timer commandTimer;

    LabSocket(HandshakeGuard guard, SandboxRegistry registry, ProtocolReader reader, ServerMessages messages,
              StateDiff states, TerminalConfig config, Vertx vertx, MeterRegistry metrics) {
        this.guard = guard;
        this.registry = registry;
        this.reader = reader;
        this.messages = messages;
        this.states = states;
        this.config = config;
        this.vertx = vertx;
        this.commandTimer = Timer.builder("kubelab.command").description("Server time per terminal line")
                .publishPercentiles(0.5, 0.99).register(metrics);
    }

    @OnOpen
    void open(WebSocketConnection connection, HandshakeRequest handshake) {
        String lab = connection.pathParam("slug");
        HandshakeGuard.Verdict verdict = guard.check(handshake, lab);
        if (verdict.refusal() != null) {
            connection.closeAndAwait(verdict.refusal());
            return;
        }
        var session = registry.open(new LabKey(verdict.learnerId(), lab));
        if (session.isEmpty()) {
            connection.closeAndAwait(new CloseReason(HandshakeGuard.FULL, "this server is full, try again later"));
            return;
        }
        LabConnection lc = new LabConnection(session.get());
        connection.userData().put(LAB, lc);
        withLock(lc, () -> greet(connection, lc));
        lc.timerId = vertx.setPeriodic(config.tick().toMillis(), id -> tick(connection, lc));
    }

    @OnTextMessage
    void message(String frame, WebSocketConnection connection) {
        LabConnection lc = connection.userData().get(LAB);
        if (lc == null) {
            return; // refused at open; the close is on its way
        }
        try {
            ClientMessage message = reader.read(frame);
            if (message instanceof ClientMessage.Exec exec && !lc.rate.tryTake(System.nanoTime())) {
                throw new ProtocolException(exec.id(), "too many commands at once: wait a moment and try again");
            }
            if (message instanceof ClientMessage.Browse && !lc.rate.tryTake(System.nanoTime())) {
                throw new ProtocolException("too many requests at once: wait a moment and try again");
            }
            withLock(lc, () -> handle(message, connection, lc));
        } catch (ProtocolException e) {
            send(connection, messages.error(e.id(), e.getMessage()));
            if (e.id() != null) {
                withLock(lc, () -> finish(connection, lc, e.id(), 2));
            }
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        LabConnection lc = connection.userData().get(LAB);
        if (lc != null) {
            vertx.cancelTimer(lc.timerId);
            // A hang-up ends the terminal's running command (kubectl get -w…), as closing an ssh session does.
            withLock(lc, () -> {
                if (lc.runningId >= 0 && lc.session.isRunning(lc.runningId)) {
                    lc.session.interrupt(data -> { });
                }
                lc.runningId = -1;
            });
            registry.close(lc.session);
        }
    }

    private void handle(ClientMessage message, WebSocketConnection connection, LabConnection lc) {
        LabSession session = lc.session;
        if (message instanceof ClientMessage.Exec exec) {
            exec(exec, connection, lc);
        } else if (message instanceof ClientMessage.Complete c) {
            send(connection, messages.completion(c.id(), session.sandbox().complete(c.line(), c.cursor())));
        } else if (message instanceof ClientMessage.Interrupt i) {
            if (lc.runningId >= 0 && session.isRunning(lc.runningId)) {
                long id = lc.runningId;
                lc.runningId = -1;
                finish(connection, lc, id, session.interrupt(data -> send(connection, messages.output(id, data))));
                pushChanges(connection, lc);
            } else if (session.isRunning()) {
                send(connection, messages.prompt(session.currentPrompt())); // another tab's command: not ours to stop
            } else {
                boolean closesEditor = session.isEditing();
                int status = session.interrupt(data -> send(connection, messages.output(i.id(), data)));
                if (closesEditor) {
                    finish(connection, lc, i.id(), status);
                } else {
                    send(connection, messages.prompt(session.currentPrompt()));
                }
            }
        } else if (message instanceof ClientMessage.FileSave save) {
            if (!session.isEditing(save.id())) {
                // No id: the command it names is not running, so there is nothing to finish.
                send(connection, messages.error(null, "no editor is open for command " + save.id()));
                return;
            }
            conclude(save.id(), session.save(save.content(), data -> send(connection, messages.output(save.id(), data))),
                    connection, lc);
        } else if (message instanceof ClientMessage.Browse browse) {
            send(connection, messages.page(session.sandbox().browse(browse.url())));
            List<TraceLog.Entry> traffic = session.sandbox().connections();
            if (!traffic.isEmpty()) {
                send(connection, messages.trace(-1, traffic));
            }
        } else if (message instanceof ClientMessage.Reset) {
            lc.runningId = -1;
            session.reset();
            greet(connection, lc);
        }
    }

    private void exec(ClientMessage.Exec exec, WebSocketConnection connection, LabConnection lc) {
        Timer.Sample sample = Timer.start();
        Outcome outcome;
        try {
            outcome = lc.session.exec(exec.line(), data -> send(connection, messages.output(exec.id(), data)));
        } catch (RuntimeException e) {
            // An engine bug must not take the terminal down: say so, keep the sandbox usable.
            Log.errorf(e, "command failed inside the engine: %s", exec.line());
            send(connection, messages.output(exec.id(), "internal error: the simulator could not run this command\r\n"));
            outcome = new Outcome.Exit(1);
        }
        sample.stop(commandTimer);
        List<TraceLog.Entry> traffic = lc.session.sandbox().connections();
        if (!traffic.isEmpty()) {
            send(connection, messages.trace(exec.id(), traffic));
        }
        conclude(exec.id(), outcome, connection, lc);
    }

    /** Tells the browser how command {@code id} ended: a prompt for more, an editor, its exit — or that it runs on. */
    private void conclude(long id, Outcome outcome, WebSocketConnection connection, LabConnection lc) {
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

    private void finish(WebSocketConnection connection, LabConnection lc, long id, int code) {
        send(connection, messages.exit(id, code));
        send(connection, messages.prompt(lc.session.currentPrompt()));
    }

    /** Everything a fresh or reconnected terminal needs, in protocol order. */
    private void greet(WebSocketConnection connection, LabConnection lc) {
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

    private void pushChanges(WebSocketConnection connection, LabConnection lc) {
        var now = lc.session.sandbox().view();
        states.between(lc.sentView, now).ifPresent(diff -> send(connection, messages.state(diff)));
        lc.sentView = now;
    }

    /** Runs on the event loop: never wait for a busy sandbox, just try again next tick. */
    private void tick(WebSocketConnection connection, LabConnection lc) {
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
    private void streamRunning(WebSocketConnection connection, LabConnection lc) {
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

    private static void withLock(LabConnection lc, Runnable action) {
        lc.session.lock().lock();
        try {
            action.run();
        } finally {
            lc.session.lock().unlock();
        }
    }

    /** Keeps frames in order: waits on worker threads, queues asynchronously on the event loop. */
    private static void send(WebSocketConnection connection, String frame) {
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
