package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** The command text a job list shows for an and-or list. */
final class JobText {
    private JobText() {
    }

    /** bash shows a job's command from its parse tree: a lone subshell as "( a; b )", however it was typed. */
    static String of(List<Script.Pipeline> pipelines, String typed) {
        if (pipelines.size() != 1 || pipelines.get(0).negated() || pipelines.get(0).commands().size() != 1
                || !(pipelines.get(0).commands().get(0) instanceof Compound.Subshell subshell)
                || !subshell.redirects().isEmpty()) {
            return typed;
        }
        StringBuilder shown = new StringBuilder("( ");
        for (Script.AndOr list : subshell.body().lists()) {
            shown.append(list.text()).append(list.background() ? " & " : "; ");
        }
        return shown.substring(0, shown.length() - 2).stripTrailing() + " )";
    }
}
