package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** What bash has and BusyBox ash or dash lack, checked where the parser needs it. */
final class PosixOnly {
    private PosixOnly() {
    }

    /** ash's parsesub refuses ${NAME[…]} (no arrays): "syntax error: bad substitution"; null when none. */
    static String badSubstitution(List<Token> tokens) {
        for (Token token : tokens) {
            if (token instanceof Token.WordToken w && w.word().parts().stream()
                    .anyMatch(p -> p instanceof Part.Parameter parameter && parameter.name().matches("#?\\w+\\[.*"))) {
                return Parsed.BAD_SUBSTITUTION;
            }
        }
        return null;
    }

    /** A for loop's variable: an unquoted shell name. */
    static boolean isName(Token.WordToken word) {
        String text = word.word().literalText();
        return text != null && text.matches("[A-Za-z_][A-Za-z0-9_]*");
    }
}
