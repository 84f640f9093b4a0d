package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** A parsed command line: lists of pipelines joined by && and ||, separated by ; or newlines. */
public record Script(List<AndOr> lists) {
    public Script {
        lists = List.copyOf(lists);
    }

    /**
     * p1 op1 p2 op2 p3 …: ops are "&&" or "||"; background when it ended with "&" (bash runs it as a job); text
     * is how it was typed (what `jobs` shows).
     */
    public record AndOr(List<Pipeline> pipelines, List<String> ops, boolean background, String text) {
        public AndOr {
            pipelines = List.copyOf(pipelines);
            ops = List.copyOf(ops);
        }

        public AndOr(List<Pipeline> pipelines, List<String> ops) {
            this(pipelines, ops, false, "");
        }

        public AndOr inBackground() {
            return new AndOr(pipelines, ops, true, text);
        }
    }

    /** cmd | cmd | …; negated by a leading "!". */
    public record Pipeline(List<Command> commands, boolean negated) {
        public Pipeline {
            commands = List.copyOf(commands);
        }
    }

    /** One stage of a pipeline: a simple command, or a loop, if or { group } (see {@link Compound}). */
    public sealed interface Command permits Simple, Compound {
        List<Redirect> redirects();
    }

    /** NAME=value assignments, the words, and the redirections of one simple command. */
    public record Simple(List<Word> words, List<Redirect> redirects) implements Command {
        public Simple {
            words = List.copyOf(words);
            redirects = List.copyOf(redirects);
        }
    }

    /**
     * op is one of > >> < >& &> &>> 2>&1 (target null) or "<<" with the heredoc body; fd is the
     * descriptor it applies to.
     */
    public record Redirect(String op, int fd, Word target, String heredocBody, boolean expandBody) {}
}
