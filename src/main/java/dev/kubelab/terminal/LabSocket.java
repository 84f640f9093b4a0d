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
    private final LabReplies replies;

    LabSocket(HandshakeGuard guard, SandboxRegistry registry, ProtocolReader reader, ServerMessages messages,
              StateDiff states, TerminalConfig config, Vertx vertx, MeterRegistry metrics) {
        this.guard = guard;
        this.registry = registry;
        this.reader = reader;
        this.messages = messages;
        this.states = states;
        this.config = config;
        this.vertx = vertx;
        this.replies = new LabReplies(messages, states);
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
        withLock(lc, () -> replies.greet(connection, lc));
        lc.timerId = vertx.setPeriodic(config.tick().toMillis(), id -> replies.tick(connection, lc));
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
            LabReplies.send(connection, messages.error(e.id(), e.getMessage()));
            if (e.id() != null) {
                withLock(lc, () -> replies.finish(connection, lc, e.id(), 2));
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
            LabReplies.send(connection, messages.completion(c.id(), session.sandbox().complete(c.line(), c.cursor())));
        } else if (message instanceof ClientMessage.Interrupt i) {
            if (lc.runningId >= 0 && session.isRunning(lc.runningId)) {
                long id = lc.runningId;
                lc.runningId = -1;
                replies.finish(connection, lc, id, session.interrupt(data -> LabReplies.send(connection, messages.output(id, data))));
                replies.pushChanges(connection, lc);
            } else if (session.isRunning()) {
                LabReplies.send(connection, messages.prompt(session.currentPrompt())); // another tab's command: not ours to stop
            } else {
                boolean closesEditor = session.isEditing();
                int status = session.interrupt(data -> LabReplies.send(connection, messages.output(i.id(), data)));
                if (closesEditor) {
                    replies.finish(connection, lc, i.id(), status);
                } else {
                    LabReplies.send(connection, messages.prompt(session.currentPrompt()));
                }
            }
        } else if (message instanceof ClientMessage.FileSave save) {
            if (!session.isEditing(save.id())) {
                // No id: the command it names is not running, so there is nothing to finish.
                LabReplies.send(connection, messages.error(null, "no editor is open for command " + save.id()));
                return;
            }
            replies.conclude(save.id(), session.save(save.content(), data -> LabReplies.send(connection, messages.output(save.id(), data))),
                    connection, lc);
        } else if (message instanceof ClientMessage.Browse browse) {
            LabReplies.send(connection, messages.page(session.sandbox().browse(browse.url())));
            List<TraceLog.Entry> traffic = session.sandbox().connections();
            if (!traffic.isEmpty()) {
                LabReplies.send(connection, messages.trace(-1, traffic));
            }
        } else if (message instanceof ClientMessage.Reset) {
            lc.runningId = -1;
            session.reset();
            replies.greet(connection, lc);
        }
    }

    private void exec(ClientMessage.Exec exec, WebSocketConnection connection, LabConnection lc) {
        Timer.Sample sample = Timer.start();
        Outcome outcome;
        try {
            outcome = lc.session.exec(exec.line(), data -> LabReplies.send(connection, messages.output(exec.id(), data)));
        } catch (RuntimeException e) {
            // An engine bug must not take the terminal down: say so, keep the sandbox usable.
            Log.errorf(e, "command failed inside the engine: %s", exec.line());
            LabReplies.send(connection, messages.output(exec.id(), "internal error: the simulator could not run this command\r\n"));
            outcome = new Outcome.Exit(1);
        }
        sample.stop(commandTimer);
        List<TraceLog.Entry> traffic = lc.session.sandbox().connections();
        if (!traffic.isEmpty()) {
            LabReplies.send(connection, messages.trace(exec.id(), traffic));
        }
        replies.conclude(exec.id(), outcome, connection, lc);
    }

    private static void withLock(LabConnection lc, Runnable action) {
        lc.session.lock().lock();
        try {
            action.run();
        } finally {
            lc.session.lock().unlock();
        }
    }


}
