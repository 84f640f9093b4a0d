package dev.kubelab.sandbox.shell.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finding where "((" ends, as bash's parse_dparen: "((…))" is arithmetic, "((…) …)" nested subshells. */
final class DoubleParens {
    /** The text ended inside the parentheses: the line continues. */
    static final int OPEN = -2;
    /** Words after which a command (so a "((" command) may start. */
    private static final Set<String> COMMAND_STARTERS = Set.of("for", "do", "then", "else", "elif", "if", "while",
            "until", "{", "!", "time");

    private DoubleParens() {
    }

    /** Whether a command may start after this token (null: a heredoc whose body is still to come). */
    static boolean commandMayStart(Token previous) {
        if (previous instanceof Token.Newline) {
            return true;
        }
        if (previous instanceof Token.Operator op) {
            return !op.op().contains("<") && !op.op().contains(">");
        }
        return previous instanceof Token.WordToken w && COMMAND_STARTERS.contains(WordText.of(w.word()));
    }

    /**
     * The index of the first ')' of the closing "))" for the "((" at {@code at}; -1 when the parenthesis matching
     * the second '(' is not followed by another ')' (then it was two subshells); OPEN when the text ends first.
     */
    static int close(String text, int at) {
        int depth = 1;
        for (int j = at + 2; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, j + 1);
                if (end < 0) {
                    return OPEN;
                }
                j = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                if (j + 1 >= text.length()) {
                    return OPEN;
                }
                return text.charAt(j + 1) == ')' ? j : -1;
            }
        }
        return OPEN;
    }

    /** INIT; CONDITION; STEP split at the semicolons outside parentheses, or null unless there are exactly three. */
    static List<String> forHead(String head) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int j = 0; j < head.length(); j++) {
            char c = head.charAt(j);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ';' && depth == 0) {
                parts.add(head.substring(start, j));
                start = j + 1;
            }
        }
        parts.add(head.substring(start));
        return parts.size() == 3 ? parts : null;
    }
}
