package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Compound;
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
    /** A background job's own variables and working directory between its turns (it runs in a subshell). */
    Subshells.Scope scope;

    LineState(Script script, boolean background) {
        this.script = script;
        this.background = background;
    }

    /**
     * The commands of one `… &`, as a line of their own. `( a; b ) &` runs a and b as the job's commands, so a
     * `sleep` in there keeps running on the lab clock (with redirections on the parentheses it runs at once).
     */
    static LineState job(Script.AndOr list) {
        if (list.pipelines().size() == 1 && !list.pipelines().get(0).negated()
                && list.pipelines().get(0).commands().size() == 1
                && list.pipelines().get(0).commands().get(0) instanceof Compound.Subshell subshell
                && subshell.redirects().isEmpty()) {
            return new LineState(subshell.body(), true);
        }
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
