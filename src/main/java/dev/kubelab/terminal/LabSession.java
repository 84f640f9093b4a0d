package dev.kubelab.terminal;

import dev.kubelab.sandbox.Outcome;
import dev.kubelab.sandbox.Output;
import dev.kubelab.sandbox.Sandbox;

import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A learner's sandbox for one lab plus what the terminal showed. The engine is single-threaded,
 * so every use goes through this session's lock.
 */
final class LabSession {

    private final ReentrantLock lock = new ReentrantLock();
    private final Supplier<Sandbox> boot;
    private final Transcript transcript;
    private Sandbox sandbox;
    private String pendingPrompt;
    /** The exec id whose command has the editor open (meaningful while the sandbox is editing). */
    private long editorCommandId;
    /** The exec id whose command keeps running in the foreground (meaningful while the sandbox runs one). */
    private long runningCommandId = -1;
    private int openTerminals;
    private Instant lastUsed = Instant.EPOCH;

    LabSession(Supplier<Sandbox> boot, int transcriptChars) {
        this.boot = boot;
        this.sandbox = boot.get();
        this.transcript = new Transcript(transcriptChars);
    }

    synchronized void attach(Instant now) {
        openTerminals++;
        lastUsed = now;
    }

    synchronized void detach(Instant now) {
        openTerminals = Math.max(0, openTerminals - 1);
        lastUsed = now;
    }

    synchronized int openTerminals() {
        return openTerminals;
    }

    synchronized Instant lastUsed() {
        return lastUsed;
    }

    ReentrantLock lock() {
        return lock;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    /** Runs a line as the terminal shows it: the prompt and the line echoed, then the output. */
    Outcome exec(String line, Output out) {
        transcript.append(currentPrompt() + line + "\r\n");
        Outcome outcome = sandbox.exec(line, data -> {
            transcript.append(data);
            out.write(data);
        });
        pendingPrompt = outcome instanceof Outcome.More more ? more.prompt() : null;
        return outcome;
    }

    /** Saves the open editor's text; the command then finishes (or reopens the editor). */
    Outcome save(String content, Output out) {
        return sandbox.save(content, data -> {
            transcript.append(data);
            out.write(data);
        });
    }

    /** What the running command printed since the last tick (written to out); how it ended, or Running. */
    Outcome pump(Output out) {
        return sandbox.pump(data -> {
            transcript.append(data);
            out.write(data);
        });
    }

    void runningFor(long id) {
        runningCommandId = id;
    }

    /** True when exactly this command still runs in the foreground (not ended, not replaced by another line). */
    boolean isRunning(long id) {
        return sandbox.isRunning() && runningCommandId == id;
    }

    boolean isRunning() {
        return sandbox.isRunning();
    }

    /**
     * Ctrl-C, or Cancel in the editor (which closes it without a ^C on the screen); what the cancelled command
     * prints (kubectl edit: "Edit cancelled, no changes made.") goes to out. Returns its exit status.
     */
    int interrupt(Output out) {
        if (sandbox.isRunning()) {
            transcript.append("^C\r\n"); // below the running command's output
        } else if (!sandbox.isEditing()) {
            transcript.append(currentPrompt() + "^C\r\n");
        }
        pendingPrompt = null;
        return sandbox.interrupt(data -> {
            transcript.append(data);
            out.write(data);
        });
    }

    boolean isEditing() {
        return sandbox.isEditing();
    }

    void editorOpenedBy(long id) {
        editorCommandId = id;
    }

    /** True when the editor is open for exactly this command (a stale tab's save is refused). */
    boolean isEditing(long id) {
        return sandbox.isEditing() && editorCommandId == id;
    }

    long editorCommandId() {
        return editorCommandId;
    }

    /** Back to the lab's starting state: a fresh cluster and an empty screen. */
    void reset() {
        sandbox = boot.get();
        transcript.clear();
        pendingPrompt = null;
    }

    String currentPrompt() {
        return pendingPrompt != null ? pendingPrompt : sandbox.prompt();
    }

    String transcript() {
        return transcript.text();
    }
}
