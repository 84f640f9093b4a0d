package dev.kubelab.sandbox.shell.syntax;

/** Reads one $-expansion (or backquote) starting at a '$' or '`'. */
public final class Expansions {
    private Expansions() {
    }

    /** The part and the index after it; null when the text ends inside it (needs more input). */
    public record Scan(Part part, int end) {}

    public static Scan scan(String text, int at, boolean quoted) {
        char c = text.charAt(at);
        if (c == '`') {
            int close = text.indexOf('`', at + 1);
            return close < 0 ? null : new Scan(new Part.CommandSubstitution(text.substring(at + 1, close), quoted), close + 1);
        }
        if (at + 1 >= text.length()) {
            return new Scan(new Part.Literal("$", quoted), at + 1);
        }
        char next = text.charAt(at + 1);
        if (next == '(' && at + 2 < text.length() && text.charAt(at + 2) == '(') {
            int inner = matchingParen(text, at + 3);
            if (inner < 0) {
                return null;
            }
            if (inner + 1 < text.length() && text.charAt(inner + 1) == ')') {
                return new Scan(new Part.Arithmetic(text.substring(at + 3, inner), quoted), inner + 2);
            }
            // "$( (…) …)": a command substitution starting with a subshell
        }
        if (next == '(') {
            int close = matchingParen(text, at + 2);
            return close < 0 ? null : new Scan(new Part.CommandSubstitution(text.substring(at + 2, close), quoted), close + 1);
        }
        if (next == '{') {
            int close = text.indexOf('}', at + 2);
            return close < 0 ? null : new Scan(new Part.Parameter(text.substring(at + 2, close), quoted), close + 1);
        }
        if ("?$#!0123456789".indexOf(next) >= 0) {
            return new Scan(new Part.Parameter(String.valueOf(next), quoted), at + 2);
        }
        int end = at + 1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')
                && text.charAt(end) < 128) {
            end++;
        }
        if (end == at + 1 || Character.isDigit(next)) {
            return new Scan(new Part.Literal("$", quoted), at + 1);
        }
        return new Scan(new Part.Parameter(text.substring(at + 1, end), quoted), end);
    }

    /** Index of the ')' closing a $( that opened just before {@code from}, honouring quotes and nesting. */
    private static int matchingParen(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                i = text.indexOf('\'', i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '"') {
                i = closingDoubleQuote(text, i + 1);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int closingDoubleQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }
}
