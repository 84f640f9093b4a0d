package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.io.Streams;
import dev.kubelab.sandbox.shell.syntax.Compound;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.function.ToIntBiFunction;

/**
 * Runs a case: the word is expanded once (no splitting), each item's patterns are tried in order and the first
 * match runs its list; ";&" runs the next list as well, ";;&" goes on testing. Status: the last list's, 0 when
 * nothing matched.
 */
final class CaseClause {
    private final Expander expander;
    private final ToIntBiFunction<Script, Streams> list;

    CaseClause(Expander expander, ToIntBiFunction<Script, Streams> list) {
        this.expander = expander;
        this.list = list;
    }

    int run(Compound.Case clause, Streams io) {
        String subject = expander.single(clause.word());
        int status = 0;
        boolean runNext = false;
        for (Compound.CaseItem item : clause.items()) {
            if (!runNext && !matches(item, subject)) {
                continue;
            }
            status = item.body().lists().isEmpty() ? 0 : list.applyAsInt(item.body(), io);
            if (item.end().equals(";;")) {
                return status;
            }
            runNext = item.end().equals(";&");
        }
        return status;
    }

    private boolean matches(Compound.CaseItem item, String subject) {
        for (Word pattern : item.patterns()) {
            if (expander.pattern(pattern).matcher(subject).matches()) {
                return true;
            }
        }
        return false;
    }
}
