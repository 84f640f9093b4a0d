package dev.kubelab.sandbox.shell.exec;

import dev.kubelab.sandbox.shell.syntax.Part;
import dev.kubelab.sandbox.shell.syntax.Word;

import java.util.ArrayList;
import java.util.List;

/** NAME=value before (or instead of) a command; the value may hold expansions: IP=$(…). */
record Assignment(String name, Word value) {

    /** The assignment a word spells, or null when it is an ordinary word. */
    static Assignment of(Word word) {
        if (word.parts().isEmpty() || !(word.parts().get(0) instanceof Part.Literal first) || first.quoted()) {
            return null;
        }
        int eq = first.text().indexOf('=');
        if (eq <= 0 || !Environment.isName(first.text().substring(0, eq))) {
            return null;
        }
        List<Part> value = new ArrayList<>();
        value.add(new Part.Literal(first.text().substring(eq + 1), false));
        value.addAll(word.parts().subList(1, word.parts().size()));
        return new Assignment(first.text().substring(0, eq), new Word(value));
    }
}
