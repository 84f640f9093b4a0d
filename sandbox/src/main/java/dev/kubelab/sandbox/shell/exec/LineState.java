package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Script;

import java.util.List;

/**
 * How far a typed line — or a background job's commands — has run: the next list, and the next pipeline in it.
 * It stops at a command that keeps running and goes on from there when that command ends.
 */
public final class LineState {
    final Script script;
    /** A background job's commands (`a && b &`): not the terminal's line. */
    final boolean background;
    int listAt;
    int pipelineAt;
    boolean done;

    LineState(Script script, boolean background) {
        this.script = script;
        this.background = background;
    }

    /** The commands of one `… &`, as a line of their own. */
    static LineState job(Script.AndOr list) {
        return new LineState(new Script(List.of(new Script.AndOr(list.pipelines(), list.ops()))), true);
    }

    /** True once the last command has run (or the line was abandoned). */
    public boolean done() {
        return done;
    }

    /** Ctrl-C or kill: the rest does not run. */
    public void abandon() {
        done = true;
    }
}
