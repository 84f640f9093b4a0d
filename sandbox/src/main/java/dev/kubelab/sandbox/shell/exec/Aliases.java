package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Parsed;
import dev.kubelab.sandbox.shell.syntax.Parser;
import dev.kubelab.sandbox.shell.syntax.Script;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.ArrayList;
import java.util.List;

/** Replaces a first word that names an alias with the alias's words. */
final class Aliases {
    private final Environment env;
    private final CommandSubstitution substitution;

    Aliases(Environment env, CommandSubstitution substitution) {
        this.env = env;
        this.substitution = substitution;
    }

    List<Word> expand(List<Word> words) {
        if (words.isEmpty() || substitution.atDepthLimit()) {
            return words;
        }
        String name = words.get(0).literalText();
        String value = name == null ? null : env.aliases().get(name);
        if (value == null) {
            return words;
        }
        Parsed parsed = Parser.parse(value, env.shell());
        if (!(parsed instanceof Parsed.Complete complete) || complete.script().lists().size() != 1
                || complete.script().lists().get(0).pipelines().size() != 1
                || complete.script().lists().get(0).pipelines().get(0).commands().size() != 1
                || !(complete.script().lists().get(0).pipelines().get(0).commands().get(0) instanceof Script.Simple simple)) {
            return words; // only simple aliases (like k=kubectl) are supported
        }
        List<Word> replaced = new ArrayList<>(simple.words());
        replaced.addAll(words.subList(1, words.size()));
        return replaced;
    }
}
