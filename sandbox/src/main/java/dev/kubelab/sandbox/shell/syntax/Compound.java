package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** bash's compound commands; redirections written after done, fi or } apply to the whole command. */
public sealed interface Compound extends Script.Command {
    /** for NAME [in WORDS]; do BODY; done — words null when "in" was left out (it then loops over $@). */
    record For(String name, List<Word> words, Script body, List<Script.Redirect> redirects) implements Compound {
        public For {
            words = words == null ? null : List.copyOf(words);
            redirects = List.copyOf(redirects);
        }
    }

    /** while CONDITION; do BODY; done, or until (runs while the condition fails). */
    record Loop(boolean until, Script condition, Script body, List<Script.Redirect> redirects) implements Compound {
        public Loop {
            redirects = List.copyOf(redirects);
        }
    }

    /** if/elif branches in order, then the else part (null when there is none). */
    record If(List<Branch> branches, Script otherwise, List<Script.Redirect> redirects) implements Compound {
        public If {
            branches = List.copyOf(branches);
            redirects = List.copyOf(redirects);
        }
    }

    record Branch(Script condition, Script body) {}

    /** { LIST; } */
    record Group(Script body, List<Script.Redirect> redirects) implements Compound {
        public Group {
            redirects = List.copyOf(redirects);
        }
    }

    /** ( LIST ): runs in a subshell — what it changes of variables and the working directory stays inside. */
    record Subshell(Script body, List<Script.Redirect> redirects) implements Compound {
        public Subshell {
            redirects = List.copyOf(redirects);
        }
    }

    /** (( EXPRESSION )): status 0 when its value is not 0, else 1. */
    record Arithmetic(String expression, List<Script.Redirect> redirects) implements Compound {
        public Arithmetic {
            redirects = List.copyOf(redirects);
        }
    }

    /** for (( INIT; CONDITION; STEP )); do BODY; done — an empty condition is true. */
    record ArithmeticFor(String init, String condition, String step, Script body, List<Script.Redirect> redirects)
            implements Compound {
        public ArithmeticFor {
            redirects = List.copyOf(redirects);
        }
    }

    /** case WORD in PATTERN|PATTERN) LIST ;; … esac, the items in order. */
    record Case(Word word, List<CaseItem> items, List<Script.Redirect> redirects) implements Compound {
        public Case {
            items = List.copyOf(items);
            redirects = List.copyOf(redirects);
        }
    }

    /** One item of a case: ending ";;" (stop), ";&" (run the next body too) or ";;&" (test the next patterns). */
    record CaseItem(List<Word> patterns, Script body, String end) {
        public CaseItem {
            patterns = List.copyOf(patterns);
        }
    }
}
