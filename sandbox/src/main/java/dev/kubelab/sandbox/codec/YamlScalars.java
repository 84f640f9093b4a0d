package dev.kubelab.sandbox.codec;

/** Writes one string scalar in the style go-yaml v2 (sigs.k8s.io/yaml) picks, folding long lines at 80. */
final class YamlScalars {
    private YamlScalars() {
    }

    /**
     * @param indent   indentation of continuation lines
     * @param isKey    a mapping key (simple key context: never folded, never a block scalar)
     */
    static void write(YamlWriter w, String s, int indent, boolean isKey) {
        ScalarAnalysis a = ScalarAnalysis.of(s);
        if (s.indexOf('\n') >= 0) {
            if (a.blockAllowed && !isKey) {
                literal(w, s, indent);
            } else {
                doubleQuoted(w, s, indent, !isKey);
            }
        } else if (!s.isEmpty() && GoYamlResolver.readsBackAsString(s) && a.plainAllowed) {
            plain(w, s, indent, !isKey);
        } else if (!s.isEmpty() && GoYamlResolver.readsBackAsString(s) && a.singleQuotedAllowed) {
            singleQuoted(w, s, indent, !isKey);
        } else {
            doubleQuoted(w, s, indent, !isKey);
        }
    }

    private static void plain(YamlWriter w, String s, int indent, boolean allowBreaks) {
        boolean spaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                boolean nextSpace = i + 1 < s.length() && s.charAt(i + 1) == ' ';
                if (allowBreaks && !spaces && w.column() > YamlWriter.BEST_WIDTH && !nextSpace) {
                    w.newLine(indent);
                } else {
                    w.write(c);
                }
                spaces = true;
            } else {
                w.write(c);
                spaces = false;
            }
        }
    }

    private static void singleQuoted(YamlWriter w, String s, int indent, boolean allowBreaks) {
        w.write('\'');
        boolean spaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                boolean nextSpace = i + 1 < s.length() && s.charAt(i + 1) == ' ';
                if (allowBreaks && !spaces && w.column() > YamlWriter.BEST_WIDTH && i > 0 && i < s.length() - 1
                        && !nextSpace) {
                    w.newLine(indent);
                } else {
                    w.write(c);
                }
                spaces = true;
            } else {
                w.write(c == '\'' ? "''" : String.valueOf(c));
                spaces = false;
            }
        }
        w.write('\'');
    }

    private static void doubleQuoted(YamlWriter w, String s, int indent, boolean allowBreaks) {
        w.write('"');
        boolean spaces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (allowBreaks && !spaces && w.column() > YamlWriter.BEST_WIDTH && i > 0 && i < s.length() - 1) {
                    w.newLine(indent);
                    if (s.charAt(i + 1) == ' ') {
                        w.write('\\');
                    }
                } else {
                    w.write(c);
                }
                spaces = true;
            } else {
                w.write(escape(c));
                spaces = false;
            }
        }
        w.write('"');
    }

    private static String escape(char c) {
        switch (c) {
            case '"': return "\\\"";
            case '\\': return "\\\\";
            case 0: return "\\0";
            case 7: return "\\a";
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case 0x0B: return "\\v";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case 0x1B: return "\\e";
            case 0x85: return "\\N";
            case 0x2028: return "\\L";
            case 0x2029: return "\\P";
            default:
                boolean printable = (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || Character.isSurrogate(c);
                if (printable) {
                    return String.valueOf(c);
                }
                return c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
        }
    }

    /** A literal block scalar: "|", "|-" or "|+" (plus an indentation digit when it starts with a blank). */
    private static void literal(YamlWriter w, String s, int indent) {
        w.write('|');
        if (s.charAt(0) == ' ' || s.charAt(0) == '\n') {
            w.write('2');
        }
        if (!s.endsWith("\n")) {
            w.write('-');
        } else if (s.length() == 1 || s.charAt(s.length() - 2) == '\n') {
            w.write('+');
        }
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            w.write('\n');
            if (!line.isEmpty()) {
                w.write(" ".repeat(indent)).write(line);
            }
        }
    }
}
