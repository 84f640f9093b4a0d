package dev.kubelab.sandbox.shell.exec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NAME=value written before a command (`IFS=: read a b`, `FOO=1 env`): in the command's environment while it
 * runs, then the variable is as it was before.
 */
final class TemporaryAssignments {
    private final Environment env;
    private final List<Before> before = new ArrayList<>();

    private TemporaryAssignments(Environment env) {
        this.env = env;
    }

    /** Sets each one (exported, as the command's environment); {@link #undo} puts the old values back. */
    static TemporaryAssignments apply(Environment env, List<Assignment> assignments, Expander expander) {
        TemporaryAssignments applied = new TemporaryAssignments(env);
        for (Assignment assignment : assignments) {
            applied.before.add(new Before(assignment.name(), env.get(assignment.name()),
                    env.isExported(assignment.name())));
            env.export(assignment.name(), expander.single(assignment.value()));
        }
        return applied;
    }

    void undo() {
        for (int i = before.size() - 1; i >= 0; i--) {
            Before b = before.get(i);
            if (b.value.isEmpty()) {
                env.unset(b.name);
                continue;
            }
            env.set(b.name, b.value.get());
            if (!b.exported) {
                env.unexport(b.name);
            }
        }
    }

    private record Before(String name, Optional<String> value, boolean exported) {}
}
