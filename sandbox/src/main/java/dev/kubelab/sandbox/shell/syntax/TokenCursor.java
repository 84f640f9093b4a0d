package dev.kubelab.sandbox.shell.syntax;

import java.util.List;

/** The parser's position in the token list, with the checks both parsers share. */
final class TokenCursor {
    private final List<Token> tokens;
    private final List<int[]> spans;
    private int pos;

    TokenCursor(List<Token> tokens, List<int[]> spans) {
        this.tokens = tokens;
        this.spans = spans;
    }

    /** Where the current token starts in the text. */
    int start() {
        return atEnd() ? (spans.isEmpty() ? 0 : spans.get(spans.size() - 1)[1]) : spans.get(pos)[0];
    }

    /** Where the last consumed token ends in the text. */
    int lastEnd() {
        return pos == 0 ? 0 : spans.get(pos - 1)[1];
    }

    boolean atEnd() {
        return pos >= tokens.size();
    }

    Token peek() {
        return atEnd() ? null : tokens.get(pos);
    }

    Token next() {
        if (atEnd()) {
            throw new NeedMore();
        }
        return tokens.get(pos++);
    }

    boolean atOperator(String op) {
        return peek() instanceof Token.Operator o && o.op().equals(op);
    }

    boolean atSeparator() {
        return isSeparator(peek());
    }

    static boolean isSeparator(Token token) {
        return token instanceof Token.Newline || token instanceof Token.Operator op && op.op().equals(";");
    }

    /** A reserved word is an unquoted word spelled exactly so, where a command could start. */
    boolean atKeyword(String keyword) {
        return keyword.equals(keyword());
    }

    /** The current token's text when it is a plain unquoted word (a possible reserved word), else null. */
    String keyword() {
        if (peek() instanceof Token.WordToken w && w.word().parts().size() == 1
                && w.word().parts().get(0) instanceof Part.Literal literal && !literal.quoted()) {
            return literal.text();
        }
        return null;
    }

    /** Consumes the keyword or fails: at the end of the text bash asks for more lines. */
    void expectKeyword(String keyword) {
        if (atEnd()) {
            throw new NeedMore();
        }
        if (!atKeyword(keyword)) {
            throw unexpected();
        }
        pos++;
    }

    void skipNewlines() {
        while (peek() instanceof Token.Newline) {
            pos++;
        }
    }

    /** The error for the current token; at the end of the text, more input is needed instead. */
    RuntimeException unexpected() {
        if (atEnd()) {
            return new NeedMore();
        }
        return new Unexpected(describe(peek()));
    }

    /** How bash names a token in "syntax error near unexpected token `…'". */
    static String describe(Token token) {
        if (token instanceof Token.Operator op) {
            return op.op().isEmpty() ? "newline" : op.op();
        }
        if (token instanceof Token.WordToken w) {
            return WordText.of(w.word());
        }
        if (token instanceof Token.Arithmetic) {
            return "("; // where bash would not have read "((" as one, it met a "(" first
        }
        return "newline";
    }

    /** The text has ended where the command cannot end: show the continuation prompt. */
    static final class NeedMore extends RuntimeException {
        NeedMore() {
            super(null, null, false, false);
        }
    }

    static final class Unexpected extends RuntimeException {
        final String token;

        Unexpected(String token) {
            super(null, null, false, false);
            this.token = token;
        }
    }
}
