package dev.kubelab.sandbox.kubectl.print.gotemplate;

import java.util.List;

/** parse.go term: a literal, a function name, ., .Field, $var or a parenthesized pipeline. */
final class Terms {
    private Terms() {
    }

    /** The next term, or null (nothing consumed) when the next token does not start one. */
    static Node term(Tokens t, PipelineParser pipes) {
        Item token = t.nextNonSpace();
        switch (token.type()) {
            case ERROR:
                throw t.error(token.val());
            case IDENTIFIER:
                if (!Functions.defined(token.val())) {
                    throw t.error("function " + GoQuote.quote(token.val()) + " not defined");
                }
                return new Node.IdentifierNode(token.pos(), token.val());
            case DOT:
            case NIL:
                return new Node.LiteralNode(token.pos(), token.type(), token.val(), null);
            case BOOL:
                return new Node.LiteralNode(token.pos(), token.type(), token.val(), token.val().equals("true"));
            case VARIABLE:
                return pipes.variable(token);
            case FIELD:
                return new Node.FieldNode(token.pos(), List.of(token.val().substring(1)));
            case NUMBER:
            case CHAR_CONSTANT:
                return new Node.LiteralNode(token.pos(), Item.Type.NUMBER, token.val(), number(t, token));
            case LEFT_PAREN: {
                Node.PipeNode pipe = pipes.pipeline("parenthesized pipeline", false);
                Item close = t.next();
                if (close.type() != Item.Type.RIGHT_PAREN) {
                    throw t.error("unclosed right paren: unexpected " + close);
                }
                return pipe;
            }
            case STRING:
            case RAW_STRING:
                try {
                    return new Node.LiteralNode(token.pos(), Item.Type.STRING, token.val(),
                            GoQuote.unquote(token.val()));
                } catch (IllegalArgumentException e) {
                    throw t.error(e.getMessage());
                }
            default:
                t.backup();
                return null;
        }
    }

    /** idealConstant: an integer literal is a Go int (Long), anything with . e E a float64 (Double). */
    private static Object number(Tokens t, Item token) {
        String text = token.val().replace("_", "");
        if (token.type() == Item.Type.CHAR_CONSTANT) {
            String value = GoQuote.unquote("\"" + text.substring(1, text.length() - 1) + "\"");
            return (long) value.codePointAt(0);
        }
        try {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            String digits = lower.startsWith("+") ? lower.substring(1) : lower;
            boolean negative = digits.startsWith("-");
            digits = negative ? digits.substring(1) : digits;
            if (digits.startsWith("0x")) {
                long v = Long.parseLong(digits.substring(2), 16);
                return negative ? -v : v;
            }
            if (!text.matches(".*[.eE].*")) {
                long v = Long.parseLong(digits);
                return negative ? -v : v;
            }
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw t.error("illegal number syntax: " + GoQuote.quote(token.val()));
        }
    }
}
