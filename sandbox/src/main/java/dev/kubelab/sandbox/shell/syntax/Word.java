package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** One shell word before expansion. */
public record Word(List<Part> parts) {
    public Word {
        parts = List.copyOf(parts);
    }

    public static Word literal(String text) {
        return new Word(List.of(new Part.Literal(text, false)));
    }

    /** The text if the word has no expansions (quotes removed), else null. */
    public String literalText() {
        StringBuilder text = new StringBuilder();
        for (Part part : parts) {
            if (!(part instanceof Part.Literal literal)) {
                return null;
            }
            text.append(literal.text());
        }
        return text.toString();
    }

    /** True when any part was quoted: a quoted heredoc delimiter turns expansion off. */
    public boolean anyQuoted() {
        return parts.stream().anyMatch(Part::quoted);
    }
}
