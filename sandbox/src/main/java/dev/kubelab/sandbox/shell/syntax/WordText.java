package dev.kubelab.sandbox.shell.syntax;

/** A word written back roughly as typed, for messages ("`1': not a valid identifier", syntax errors). */
public final class WordText {
    private WordText() {
    }

    public static String of(Word word) {
        StringBuilder text = new StringBuilder();
        for (Part part : word.parts()) {
            if (part instanceof Part.Literal literal) {
                text.append(literal.text());
            } else if (part instanceof Part.Parameter parameter) {
                String name = parameter.name();
                text.append(name.length() == 1 || name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "$" + name : "${" + name + "}");
            } else if (part instanceof Part.Arithmetic arithmetic) {
                text.append("$((").append(arithmetic.expression()).append("))");
            } else {
                text.append("$(").append(((Part.CommandSubstitution) part).source()).append(")");
            }
        }
        return text.toString();
    }
}
