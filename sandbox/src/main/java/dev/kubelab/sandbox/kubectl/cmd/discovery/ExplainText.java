package dev.kubelab.sandbox.kubectl.cmd.discovery;

import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainSchema.Definition;
import dev.kubelab.sandbox.kubectl.cmd.discovery.ExplainSchema.Field;

/**
 * kubectl 1.32's plaintext explain template: GROUP/KIND/VERSION header, then FIELD (for a path), ENUM,
 * DESCRIPTION and the FIELDS list with types, descriptions wrapped to 80 columns.
 */
public final class ExplainText {
    private static final int WIDTH = 80;

    private ExplainText() {
    }

    /** field null = the kind itself; definition null = a scalar field (no FIELDS list). */
    public static String render(String group, String kind, Field field, Definition definition) {
        StringBuilder out = new StringBuilder();
        if (!group.isEmpty()) {
            out.append("GROUP:      ").append(group).append('\n');
        }
        out.append("KIND:       ").append(kind).append('\n');
        out.append("VERSION:    v1\n\n");
        if (field != null) {
            out.append("FIELD: ").append(field.name()).append(" <").append(field.shownType()).append(">\n");
            if (!field.enumValues().isEmpty()) {
                out.append("ENUM:\n");
                field.enumValues().forEach(v -> out.append("    ").append(v).append('\n'));
            }
            out.append('\n');
        }
        out.append("DESCRIPTION:\n");
        if (field != null) {
            wrap(out, field.description(), "    ");
        }
        if (definition != null && (field == null || !field.definition().isEmpty())) {
            wrap(out, definition.description(), "    ");
        }
        out.append("    \n");
        if (definition == null || field != null && field.definition().isEmpty()) {
            return out.toString();
        }
        out.append("FIELDS:\n");
        for (Field f : definition.fields()) {
            out.append("  ").append(f.name()).append("\t<").append(f.shownType()).append('>')
                    .append(f.required() ? " -required-" : "").append('\n');
            if (!f.enumValues().isEmpty()) {
                out.append("  enum: ").append(String.join(", ", f.enumValues())).append('\n');
            }
            wrap(out, f.description(), "    ");
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    /** Greedy word wrap: each line is indent + words, at most WIDTH characters when the words allow. */
    private static void wrap(StringBuilder out, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
